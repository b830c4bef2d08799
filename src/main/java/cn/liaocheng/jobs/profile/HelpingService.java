package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.VerificationChannel;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying on someone's behalf (代办): a helper adds the person, the person consents by a code sent to their own
 * phone (or in person to staff), and the person can withdraw the helper's permission. Every method checks the
 * signed-in account itself; an id that is not the caller's behaves like one that does not exist.
 */
@Service
@Transactional
public class HelpingService {

    private final PersonAccess access;
    private final CurrentAccount currentAccount;
    private final PersonRepository people;
    private final HelpRepository helps;
    private final ProfileService profiles;
    private final AccountService accounts;
    private final VerificationCodes codes;
    private final SensitiveDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HelpingService(PersonAccess access, CurrentAccount currentAccount, PersonRepository people, HelpRepository helps,
            ProfileService profiles, AccountService accounts, VerificationCodes codes, SensitiveDataCipher cipher,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.currentAccount = currentAccount;
        this.people = people;
        this.helps = helps;
        this.profiles = profiles;
        this.accounts = accounts;
        this.codes = codes;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** The people the signed-in account helps (我帮助的人), not withdrawn, in the order added. */
    @Transactional(readOnly = true)
    public List<HelpedPerson> helping() {
        return access.applicant().map(user -> helps.findActiveByHelper(user.accountId()).stream()
                .flatMap(help -> people.findById(help.personId()).map(p -> helped(p, help)).stream())
                .toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<HelpedPerson> helping(long helpId) {
        return activeHelpOfCaller(helpId).flatMap(help -> people.findById(help.personId()).map(p -> helped(p, help)));
    }

    /**
     * Adds a person the signed-in account helps. When a person with this phone (or ID number) is already
     * registered, the helper is attached to that record instead of making a second one; the record's data stays
     * hidden from the helper until the person consents.
     */
    public AddOutcome addPerson(NewPerson added) {
        var user = access.applicant().orElseThrow(() -> new AccessDeniedException("applicants only"));
        if (added.phone() != null && added.phone().value().equals(user.phoneNumber())) {
            return new AddOutcome.OwnPhone();
        }
        var residentId = added.residentId() != null ? added.residentId()
                : added.certificate() != null ? added.certificate().idNumber() : null;
        var byId = residentId == null ? Optional.<Person>empty()
                : people.findByResidentIdIndex(cipher.blindIndex(residentId.value()));
        var byPhone = added.phone() == null ? Optional.<Person>empty()
                : people.findByPhoneNumber(added.phone().value()).stream().findFirst();
        if (byId.isPresent() && byPhone.isPresent() && !Objects.equals(byId.get().id, byPhone.get().id)) {
            return new AddOutcome.IdAlreadyRegistered();
        }
        if (byId.isPresent() && added.phone() != null && !added.phone().value().equals(byId.get().phoneNumber)) {
            return new AddOutcome.IdAlreadyRegistered();
        }
        var existing = byId.or(() -> byPhone);
        var now = clock.instant();
        Person person;
        if (existing.isPresent()) {
            person = existing.get();
            if (Objects.equals(person.ownAccountId, user.accountId())) {
                return new AddOutcome.OwnPhone();
            }
            var already = helps.findActive(user.accountId(), person.requireId());
            if (already.isPresent()) {
                return new AddOutcome.AlreadyHelping(already.get().requireId());
            }
        } else {
            person = Person.create(added.name().strip(), user.accountId(), now);
            person.phoneNumber = added.phone() == null ? null : added.phone().value();
            if (added.personAgreedToSensitiveData()) {
                person.sensitiveConsentAt = now;
                person.sensitiveConsentBy = user.accountId();
                profiles.storeNumbers(person, residentId, added.certificate());
            }
            person = people.save(person);
        }
        var help = helps.save(Help.awaiting(user.accountId(), person.requireId(), added.name().strip(),
                added.relationship(), now));
        return new AddOutcome.Added(help.requireId(), person.requireId());
    }

    /** Sends the consent code to the person's own phone, by SMS or a voice call. */
    public ConsentCodeOutcome sendConsentCode(long helpId, VerificationChannel.Delivery delivery) {
        var help = activeHelpOfCaller(helpId).filter(h -> h.consent() == ConsentState.AWAITING);
        if (help.isEmpty()) {
            return new ConsentCodeOutcome.NotFound();
        }
        var phone = people.findById(help.get().personId()).map(ProfileService::phoneOf);
        if (phone.isEmpty()) {
            return new ConsentCodeOutcome.NoPhone();
        }
        return switch (codes.send(phone.get(), VerificationCodes.Purpose.HELPER_CONSENT, delivery)) {
            case VerificationCodes.SendOutcome.Sent(var expiresAt) -> new ConsentCodeOutcome.Sent(expiresAt);
            case VerificationCodes.SendOutcome.TooSoon(var retryAt) -> new ConsentCodeOutcome.TooSoon(retryAt);
        };
    }

    /** The helper types the code the person read out; a right code records the consent. */
    public ConfirmOutcome confirmByCode(long helpId, String typed) {
        var help = activeHelpOfCaller(helpId).filter(h -> h.consent() == ConsentState.AWAITING);
        var phone = help.flatMap(h -> people.findById(h.personId())).map(ProfileService::phoneOf);
        if (phone.isEmpty()) {
            return new ConfirmOutcome.NotFound();
        }
        return switch (codes.check(phone.get(), VerificationCodes.Purpose.HELPER_CONSENT, typed)) {
            case VerificationCodes.CheckOutcome.Confirmed() -> {
                helps.save(help.get().confirmed(ConsentState.CONFIRMED_BY_CODE, null, clock.instant()));
                yield new ConfirmOutcome.Confirmed();
            }
            case VerificationCodes.CheckOutcome.Wrong(var left) -> new ConfirmOutcome.Wrong(left);
            case VerificationCodes.CheckOutcome.NeedsNewCode() -> new ConfirmOutcome.NeedsNewCode();
        };
    }

    /**
     * Staff record that the person confirmed, face to face at the township or county federation. Staff only; the
     * staff screen comes with the review issue. False when there is nothing awaiting consent under this id.
     */
    public boolean confirmInPerson(long helpId) {
        var staff = currentAccount.user().filter(user -> user.role() == Role.STAFF)
                .orElseThrow(() -> new AccessDeniedException("staff only"));
        var help = helps.findById(helpId).filter(Help::active).filter(h -> h.consent() == ConsentState.AWAITING);
        help.ifPresent(h -> helps.save(h.confirmed(ConsentState.CONFIRMED_IN_PERSON, staff.accountId(),
                clock.instant())));
        return help.isPresent();
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

    private static HelpedPerson helped(Person person, Help help) {
        return new HelpedPerson(help.requireId(), person.requireId(), ProfileService.nameForHelper(person, help),
                help.relationship(), help.consent(), ProfileService.phoneOf(person));
    }
}
