package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.VerificationChannel;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying on someone's behalf (代办): a helper adds the person, the person consents by a code sent to their own
 * phone (or in person to staff), and the person can withdraw the helper's permission. Until the person consents the
 * helper sees only their own request and their own drafts. Every method checks the signed-in account itself; an id
 * that is not the caller's behaves like one that does not exist.
 */
@Service
@Transactional
public class HelpingService {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private final PersonAccess access;
    private final StaffService staff;
    private final AuditTrail audit;
    private final PersonRepository people;
    private final HelpRepository helps;
    private final ProfileService profiles;
    private final AccountService accounts;
    private final VerificationCodes codes;
    private final SensitiveDataCipher cipher;
    private final ConsentRequest consentRequest;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpingService(PersonAccess access, StaffService staff, AuditTrail audit, PersonRepository people, HelpRepository helps,
            ProfileService profiles, AccountService accounts, VerificationCodes codes, SensitiveDataCipher cipher,
            ConsentRequest consentRequest, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.people = people;
        this.helps = helps;
        this.profiles = profiles;
        this.accounts = accounts;
        this.codes = codes;
        this.cipher = cipher;
        this.consentRequest = consentRequest;
        this.events = events;
        this.clock = clock;
    }

    /** The people the signed-in account helps (我帮助的人), not withdrawn, in the order added. */
    @Transactional(readOnly = true)
    public List<HelpedPerson> helping() {
        return access.applicant().map(user -> access.helped(user).stream().map(HelpingService::helped).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<HelpedPerson> helping(long helpId) {
        return activeHelpOfCaller(helpId).flatMap(help -> access.see(help.personId())).map(HelpingService::helped);
    }

    /**
     * Adds a person the signed-in account helps. The answer never tells whether the phone belongs to someone
     * registered: it is {@link AddOutcome.Added} either way, and the helper sees only what they typed until the
     * person consents. A registered person with this phone and this name gets the request (and learns of it by the
     * consent code on their own phone, and under 谁在帮我办事); otherwise a new record is made. ID and certificate
     * numbers the helper enters stay on the request, unconfirmed, until the person confirms.
     */
    public AddOutcome addPerson(NewPerson added) {
        var user = access.applicant().orElseThrow(() -> new AccessDeniedException("applicants only"));
        var phone = added.phone() == null ? null : added.phone().value();
        if (phone != null && phone.equals(user.phoneNumber())) {
            return new AddOutcome.OwnPhone();
        }
        var name = added.name().strip();
        // "Already" only from the helper's own requests: it tells them nothing they did not type themselves.
        var already = helps.findActiveByHelper(user.accountId()).stream()
                .filter(h -> h.personName().equals(name) && Objects.equals(h.personPhone(), phone)).findFirst();
        if (already.isPresent()) {
            return new AddOutcome.AlreadyHelping(already.get().requireId());
        }
        var now = clock.instant();
        var person = existing(user, name, phone).orElseGet(() -> {
            var created = Person.create(name, user.accountId(), now);
            created.phoneNumber = phone;
            return people.save(created);
        });
        var help = Help.awaiting(user.accountId(), person.requireId(), name, phone, added.relationship(), now);
        if (added.personAgreedToSensitiveData()) {
            var residentId = added.residentId() != null ? added.residentId()
                    : added.certificate() != null ? added.certificate().idNumber() : null;
            help = help.proposing(residentId == null ? null : cipher.encrypt(residentId.value()),
                    added.certificate() == null ? null : cipher.encrypt(added.certificate().value()));
        }
        help = helps.save(help);
        return new AddOutcome.Added(help.requireId(), person.requireId());
    }

    /** A record this request may join: same phone and same name, not the helper's own, not helped by them already. */
    private Optional<Person> existing(PortalUser user, String name, @Nullable String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        return people.findByPhoneNumber(phone).stream()
                .filter(p -> p.name.equals(name))
                .filter(p -> !Objects.equals(p.ownAccountId, user.accountId()))
                .filter(p -> helps.findActive(user.accountId(), p.requireId()).isEmpty())
                .findFirst();
    }

    /**
     * Sends the consent code to the phone the helper typed, by SMS or a voice call. The message says who asks, what
     * for, and which numbers they entered, so that reading the code out is an informed yes.
     */
    public ConsentCodeOutcome sendConsentCode(long helpId, VerificationChannel.Delivery delivery) {
        var user = access.applicant();
        var help = activeHelpOfCaller(helpId).filter(Help::awaitingConsent);
        if (user.isEmpty() || help.isEmpty()) {
            return new ConsentCodeOutcome.NotFound();
        }
        if (help.get().personPhone() == null) {
            return new ConsentCodeOutcome.NoPhone();
        }
        var request = consentRequest.describe(help.get(), user.get().displayName());
        return switch (codes.send(new PhoneNumber(help.get().personPhone()), VerificationCodes.Purpose.HELPER_CONSENT,
                delivery, request)) {
            case VerificationCodes.SendOutcome.Sent(var expiresAt) -> new ConsentCodeOutcome.Sent(expiresAt);
            case VerificationCodes.SendOutcome.TooSoon refused -> codes.justSent(refused)
                    ? new ConsentCodeOutcome.TooSoon(refused.retryAt())
                    : new ConsentCodeOutcome.LimitReached(refused.retryAt());
        };
    }

    /** The helper types the code the person read out; a right code records the consent. */
    public ConfirmOutcome confirmByCode(long helpId, String typed) {
        var help = activeHelpOfCaller(helpId).filter(Help::awaitingConsent).filter(h -> h.personPhone() != null);
        if (help.isEmpty()) {
            return new ConfirmOutcome.NotFound();
        }
        var phone = new PhoneNumber(Objects.requireNonNull(help.get().personPhone()));
        return switch (codes.attempt(phone, VerificationCodes.Purpose.HELPER_CONSENT, typed)) {
            case VerificationCodes.Attempt.Refused(var retryAt) -> new ConfirmOutcome.TryLater(retryAt);
            case VerificationCodes.Attempt.Checked(VerificationCodes.CheckOutcome.Confirmed confirmed) -> {
                recordConsentByCode(help.get());
                yield new ConfirmOutcome.Confirmed();
            }
            case VerificationCodes.Attempt.Checked(VerificationCodes.CheckOutcome.Wrong(var left)) ->
                    new ConfirmOutcome.Wrong(left);
            case VerificationCodes.Attempt.Checked(VerificationCodes.CheckOutcome.NeedsNewCode again) ->
                    new ConfirmOutcome.NeedsNewCode();
        };
    }

    /** Most requests a staff list shows; a longer list is for the phone search to narrow. */
    public static final int MAX_PENDING_SHOWN = 100;
    /** Longest place a confirmation in person keeps (an office's name, e.g. 莘县残联 or 古云镇人民政府). */
    public static final int MAX_PLACE_LENGTH = 60;

    /**
     * Requests awaiting consent of people in the signed-in caseworker's county (every county for a city
     * administrator), newest first, at most {@link #MAX_PENDING_SHOWN}. Requests for a person whose record has no
     * county yet are not listed; they are found by the person's phone ({@link #pendingForPhone}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public List<PendingHelpRequest> pendingInMyCounty() {
        var scope = staff.requireCurrent().countyScope();
        return helps.findPendingInCounty(scope, MAX_PENDING_SHOWN).stream().map(this::pending).toList();
    }

    /**
     * Requests awaiting consent whose helper typed this phone for the person: the person came to the office, and the
     * caseworker typed the phone the person uses. Only the caseworker's county, or a person of no known county yet.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public List<PendingHelpRequest> pendingForPhone(PhoneNumber phone) {
        var scope = staff.requireCurrent().countyScope();
        return helps.findPendingByPhone(phone.value(), scope, MAX_PENDING_SHOWN).stream().map(this::pending).toList();
    }

    /** One request awaiting consent, if the staff member may see it (as {@link #pendingForPhone}); else empty. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public Optional<PendingHelpRequest> pendingRequest(long helpId) {
        return helps.findPending(helpId, staff.requireCurrent().countyScope()).map(this::pending);
    }

    /**
     * Caseworkers (of the person's county, or of a person whose county is not known yet) and city administrators
     * record "本人已当面确认": the person confirmed face to face, on {@code on} at {@code place}, at the township or
     * county federation. Anyone else is refused (AccessDeniedException) by method security; a request of another
     * county, withdrawn or already agreed is {@link InPersonOutcome.NotFound}. Audited as
     * {@link AuditedAction#CONSENT_CONFIRMED_IN_PERSON}, with no name, phone or place in the entry.
     */
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public InPersonOutcome confirmInPerson(long helpId, @Nullable LocalDate on, @Nullable String place) {
        var member = staff.requireCurrent();
        var help = helps.findPending(helpId, member.countyScope());
        if (help.isEmpty()) {
            return new InPersonOutcome.NotFound();
        }
        var problems = new ArrayList<InPersonOutcome.Problem>();
        var today = LocalDate.now(clock.withZone(LIAOCHENG));
        if (on == null) {
            problems.add(InPersonOutcome.Problem.DATE_MISSING);
        } else if (on.isAfter(today)) {
            problems.add(InPersonOutcome.Problem.DATE_IN_FUTURE);
        } else if (on.isBefore(help.get().createdAt().atZone(LIAOCHENG).toLocalDate())) {
            problems.add(InPersonOutcome.Problem.DATE_BEFORE_REQUEST);
        }
        var where = place == null ? "" : place.strip();
        if (where.isEmpty()) {
            problems.add(InPersonOutcome.Problem.PLACE_MISSING);
        } else if (where.codePointCount(0, where.length()) > MAX_PLACE_LENGTH) {
            problems.add(InPersonOutcome.Problem.PLACE_TOO_LONG);
        }
        if (!problems.isEmpty()) {
            return new InPersonOutcome.Invalid(problems);
        }
        var now = clock.instant();
        var request = help.get();
        boolean taken = !request.hasProposedNumbers() || takeOverNumbers(request, now);
        helps.save(request.confirmedInPerson(member.accountId(), now, taken, Objects.requireNonNull(on), where));
        audit.record(AuditedAction.CONSENT_CONFIRMED_IN_PERSON, null, request.personId(),
                "AWAITING → CONFIRMED_IN_PERSON");
        return new InPersonOutcome.Confirmed();
    }

    private PendingHelpRequest pending(Help help) {
        var county = people.findById(help.personId()).map(person -> person.county).orElse(null);
        return new PendingHelpRequest(help.requireId(), help.personName(),
                help.personPhone() == null ? null : new PhoneNumber(help.personPhone()),
                accounts.find(help.helperAccountId()).map(PortalUser::displayName).orElse(""), help.relationship(),
                help.createdAt(), county, help.hasProposedNumbers());
    }

    /**
     * The person agreed (by code here, in person in {@link #confirmInPerson}), and with that confirmed the numbers the helper entered: they join the person's record, unless
     * the record already has numbers of its own. Then they stay on the request, still unconfirmed, for staff to sort
     * out with the person.
     */
    private void recordConsentByCode(Help help) {
        var now = clock.instant();
        boolean taken = !help.hasProposedNumbers() || takeOverNumbers(help, now);
        helps.save(help.confirmed(ConsentState.CONFIRMED_BY_CODE, null, now, taken));
    }

    private boolean takeOverNumbers(Help help, Instant now) {
        var person = people.findById(help.personId()).orElseThrow();
        if (person.residentIdEncrypted != null || person.certificateEncrypted != null) {
            return false;
        }
        var certificate = help.proposedCertificateEncrypted() == null ? null
                : profiles.certificate(help.proposedCertificateEncrypted());
        var residentId = help.proposedResidentIdEncrypted() != null
                ? new ResidentIdNumber(cipher.decrypt(help.proposedResidentIdEncrypted()))
                : certificate == null ? null : certificate.idNumber();
        person.sensitiveConsentAt = now;
        person.sensitiveConsentBy = person.ownAccountId;
        profiles.storeNumbers(person, residentId, certificate);
        person.updatedAt = now;
        people.save(person);
        return true;
    }

    /** Who may apply for the signed-in person (谁在帮我办事). */
    // Not read-only: the first look may link the account to a person a helper added (see PersonAccess).
    public List<MyHelper> myHelpers() {
        return ownPersonId().map(personId -> helps.findActiveForPerson(personId).stream()
                .map(this::myHelper).toList()).orElse(List.of());
    }

    public Optional<MyHelper> myHelper(long helpId) {
        return ownHelp(helpId).map(this::myHelper);
    }

    /** The person withdraws a helper's permission; at once the helper no longer finds them. */
    public boolean withdraw(long helpId) {
        var help = ownHelp(helpId);
        help.ifPresent(h -> {
            helps.save(h.withdrawn(clock.instant()));
            events.publishEvent(new HelperWithdrawn(h.personId(), h.helperAccountId()));
        });
        return help.isPresent();
    }

    /**
     * Every helper link of the signed-in account, withdrawn ones included, for its copy of its data: who helps its
     * own person, and whom it helps, the latter only as the account typed it.
     */
    // Not read-only, like myHelpers: the first look may link the account to its person.
    public List<HelperLink> exportLinks() {
        var user = access.applicant();
        if (user.isEmpty()) {
            return List.of();
        }
        var links = new ArrayList<HelperLink>();
        ownPersonId().ifPresent(personId -> helps.findByPersonIdOrderById(personId).forEach(help -> links.add(
                new HelperLink(HelperLink.Side.HELPS_ME,
                        accounts.find(help.helperAccountId()).map(PortalUser::displayName).orElse(""),
                        help.relationship(), help.consent(), help.createdAt(), help.consentAt(), help.withdrawnAt(),
                        null, false))));
        helps.findByHelperAccountIdOrderById(user.get().accountId()).forEach(help -> links.add(
                new HelperLink(HelperLink.Side.I_HELP, help.personName(), help.relationship(), help.consent(),
                        help.createdAt(), help.consentAt(), help.withdrawnAt(),
                        help.personPhone() == null ? null : new PhoneNumber(help.personPhone()),
                        help.hasProposedNumbers())));
        return List.copyOf(links);
    }

    private Optional<Help> ownHelp(long helpId) {
        var personId = ownPersonId();
        return personId.flatMap(id -> helps.findById(helpId).filter(Help::active).filter(h -> h.personId() == id));
    }

    private Optional<Long> ownPersonId() {
        return access.applicant().flatMap(access::ownPerson).map(Person::requireId);
    }

    private Optional<Help> activeHelpOfCaller(long helpId) {
        var user = access.applicant().map(PortalUser::accountId);
        return user.flatMap(id -> helps.findById(helpId).filter(Help::active).filter(h -> h.helperAccountId() == id));
    }

    private MyHelper myHelper(Help help) {
        var name = accounts.find(help.helperAccountId()).map(PortalUser::displayName).orElse("");
        return new MyHelper(help.requireId(), name, help.relationship(), help.consent(), help.createdAt());
    }

    private static HelpedPerson helped(PersonAccess.Seen seen) {
        return switch (seen) {
            case PersonAccess.Seen.AsHelper(var person, var help) -> new HelpedPerson(help.requireId(),
                    person.requireId(), person.name, help.relationship(), help.consent(), ProfileService.phoneOf(person));
            case PersonAccess.Seen.AsPendingHelper(var help) -> new HelpedPerson(help.requireId(), help.personId(),
                    help.personName(), help.relationship(), help.consent(),
                    help.personPhone() == null ? null : new PhoneNumber(help.personPhone()));
            case PersonAccess.Seen.AsSelf self -> throw new IllegalStateException("a person does not help themselves");
        };
    }
}
