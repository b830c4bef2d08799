package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profile's public API: who the signed-in account may apply for, what is known about them, and the account's
 * own profile. Every method takes the signed-in account from {@code CurrentAccount} and checks access itself: a
 * person sees themselves, a helper sees the people they actively help once those people consented (before that, only
 * what the helper typed), nobody else sees anyone.
 */
@Service
@Transactional
public class ProfileService {

    private final PersonAccess access;
    private final PersonRepository people;
    private final HelpRepository helps;
    private final SensitiveDataCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileService(PersonAccess access, PersonRepository people, HelpRepository helps, SensitiveDataCipher cipher,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.people = people;
        this.helps = helps;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    /** The account's own person first (if any), then the people it helps (not withdrawn), in the order added. */
    public List<PersonSummary> peopleICanApplyFor() {
        var user = access.applicant();
        if (user.isEmpty()) {
            return List.of();
        }
        var result = new ArrayList<PersonSummary>();
        access.ownPerson(user.get()).ifPresent(own -> result.add(summary(new PersonAccess.Seen.AsSelf(own))));
        access.helped(user.get()).forEach(seen -> result.add(summary(seen)));
        return List.copyOf(result);
    }

    /**
     * Empty unless the signed-in account is the person or an active helper of them: callers show the 404 page. A
     * helper awaiting consent gets the name they typed, never the person's own.
     */
    public Optional<PersonSummary> find(long personId) {
        return access.see(personId).map(ProfileService::summary);
    }

    public SubmitPermission submitPermission(long personId) {
        var user = access.applicant();
        if (user.isEmpty()) {
            return new SubmitPermission.None();
        }
        return access.see(user.get(), personId).<SubmitPermission>map(seen -> switch (seen) {
            case PersonAccess.Seen.AsSelf self -> new SubmitPermission.Self();
            case PersonAccess.Seen.AsHelper(var person, var help) ->
                    new SubmitPermission.Helper(help.relationship(), user.get().displayName());
            case PersonAccess.Seen.AsPendingHelper(var help) -> new SubmitPermission.AwaitingConsent(help.relationship());
        }).orElseGet(SubmitPermission.None::new);
    }

    /**
     * What the profile knows, for pre-filling forms; same access rule as {@link #find}. A helper still waiting for
     * consent gets back only what they typed themselves: the name, the phone and their (unconfirmed) numbers.
     */
    public Optional<ApplicantFacts> facts(long personId) {
        return access.see(personId).map(seen -> switch (seen) {
            case PersonAccess.Seen.AsSelf(var person) -> facts(person);
            case PersonAccess.Seen.AsHelper(var person, var help) -> facts(person);
            case PersonAccess.Seen.AsPendingHelper(var help) -> typedByHelper(help);
        });
    }

    /**
     * Who hears about the person's applications: their own account (if any) and their helpers with recorded consent.
     * No access check, since status changes are made by staff and by the system; it returns only account ids. A
     * helper awaiting consent is not told anything about the person's applications.
     */
    @Transactional(readOnly = true)
    public List<Long> accountsToNotify(long personId) {
        var accounts = new LinkedHashSet<Long>();
        people.findById(personId).map(p -> p.ownAccountId).ifPresent(accounts::add);
        helps.findActiveForPerson(personId).stream().filter(help -> help.consent().confirmed())
                .forEach(help -> accounts.add(help.helperAccountId()));
        return List.copyOf(accounts);
    }

    /**
     * FOR SYSTEM MESSAGES ONLY (the messages capability): the person's contact preference and phone, so that a
     * message caused by someone else (staff changing a status) reaches them the way they chose. Unlike {@link #facts}
     * there is no access check, because the signed-in account is usually staff or nobody; in return it gives nothing
     * but these two values. Never show what it returns on a screen: views use {@link #facts}.
     */
    @Transactional(readOnly = true)
    public Optional<MessageContact> contactForSystemMessage(long personId) {
        return people.findById(personId).map(person -> new MessageContact(person.contactPreference, phoneOf(person)));
    }

    /**
     * Where the person lives, for routing a submitted application to the county's caseworkers. No access check, like
     * {@link #accountsToNotify}: it gives nothing but the county and township.
     */
    @Transactional(readOnly = true)
    public Residence residence(long personId) {
        return people.findById(personId).map(person -> new Residence(person.county, person.township))
                .orElseGet(() -> new Residence(null, null));
    }

    /**
     * For the staff workspace: what the profile knows, masked. Caseworkers and administrators only (others get
     * empty); the county check is the caller's (the review capability's scoped query, decision 0013).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public Optional<ApplicantFacts> factsForStaff(long personId) {
        return people.findById(personId).map(this::facts);
    }

    /** The unmasked resident ID number, for staff who press 显示身份证号; the caller records it in the audit trail. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public Optional<String> residentIdForStaff(long personId) {
        return people.findById(personId).filter(person -> person.residentIdEncrypted != null)
                .map(person -> storedResidentId(person).value());
    }

    /**
     * FOR THE NATIONAL EXPORT ONLY (上报全国系统): name, certificate number (decrypted) and phone of each person, by id.
     * Caseworkers and administrators only; which people (their county, the period) is the caller's check, done in the
     * review capability's scoped query, and the caller records the export in the audit trail in the same transaction
     * before the file leaves the server. Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public java.util.Map<Long, PersonForNationalExport> peopleForNationalExport(java.util.Collection<Long> personIds) {
        var found = new java.util.HashMap<Long, PersonForNationalExport>();
        people.findAllById(Set.copyOf(personIds)).forEach(person -> found.put(person.requireId(),
                new PersonForNationalExport(person.requireId(), person.name,
                        person.certificateEncrypted == null ? null : storedCertificate(person), phoneOf(person))));
        return java.util.Map.copyOf(found);
    }

    /**
     * FOR THE BANK REFERRAL QUEUE ONLY: the person's name, which the bank needs to call them about a referral the DPF
     * approved. Like {@link #contactForSystemMessage} there is no access check (the queue is filled by an event
     * listener, with nobody signed in), and it gives nothing but the name.
     */
    @Transactional(readOnly = true)
    public Optional<String> nameForReferral(long personId) {
        return people.findById(personId).map(person -> person.name);
    }

    /** The signed-in account's own person, if they have a profile (or a helper added them with their phone). */
    public Optional<Long> ownPersonId() {
        return access.applicant().flatMap(access::ownPerson).map(Person::requireId);
    }

    /** Everything stored about the signed-in account's own person, for 我的资料 and 我的数据. */
    public Optional<ProfileDetails> ownProfile() {
        return access.applicant().flatMap(access::ownPerson).map(this::details);
    }

    /** Saves 我的资料, creating the person on first save. One transaction: nothing is half-saved. */
    public SaveOutcome saveOwnProfile(ProfileChanges changes) {
        var user = access.applicant().orElseThrow(() -> new AccessDeniedException("applicants only"));
        var now = clock.instant();
        var person = access.ownPerson(user).orElseGet(() -> {
            var created = Person.create(changes.name(), user.accountId(), now);
            created.ownAccountId = user.accountId();
            return created;
        });
        var certificate = changes.certificate();
        var residentId = changes.residentId() != null ? changes.residentId()
                : certificate != null ? certificate.idNumber() : null;
        var storedId = person.residentIdEncrypted == null ? null : storedResidentId(person);
        if (certificate != null && residentId == null && storedId != null && !storedId.equals(certificate.idNumber())) {
            return new SaveOutcome.CertificateNotForStoredId();
        }
        if (residentId != null && certificate == null && person.certificateEncrypted != null
                && !storedCertificate(person).idNumber().equals(residentId)) {
            return new SaveOutcome.CertificateNotForStoredId();
        }
        boolean hadConsent = person.hasSensitiveConsent();
        if (!changes.sensitiveConsent() && hadConsent) {
            person.forgetSensitiveData(now);
        }
        person.name = changes.name().strip();
        person.phoneNumber = changes.phone() == null ? user.phoneNumber() : changes.phone().value();
        person.county = changes.county();
        person.township = blankToNull(changes.township());
        person.household = changes.household();
        person.education = changes.education();
        person.graduationYear = changes.education() != null && changes.education().isHigherEducation()
                ? changes.graduationYear() : null;
        person.contactPreference = changes.contactPreference();
        if (changes.sensitiveConsent()) {
            if (!hadConsent) {
                person.sensitiveConsentAt = now;
                person.sensitiveConsentBy = user.accountId();
            }
            storeNumbers(person, residentId, certificate);
            storeSupportNeeds(person, changes.supportNeeds());
        }
        person.updatedAt = now;
        try {
            var saved = people.save(person);
            if (!changes.sensitiveConsent() && hadConsent) {
                events.publishEvent(new SensitiveDataDeleted(saved.requireId()));
            }
            return new SaveOutcome.Saved(saved.requireId());
        } catch (OptimisticLockingFailureException e) {
            return new SaveOutcome.ChangedMeanwhile();
        }
    }

    /**
     * Deletes the own person's disability and health data and the consent for it, at once. Name and contact stay so
     * that the person can still apply in person; submitted applications are kept and flagged by their capability.
     */
    public boolean deleteSensitiveData() {
        var user = access.applicant();
        var person = user.flatMap(access::ownPerson);
        if (person.isEmpty()) {
            return false;
        }
        person.get().forgetSensitiveData(clock.instant());
        people.save(person.get());
        events.publishEvent(new SensitiveDataDeleted(person.get().requireId()));
        return true;
    }

    void storeNumbers(Person person, @Nullable ResidentIdNumber residentId,
            @Nullable DisabilityCertificateNumber certificate) {
        if (residentId != null) {
            person.residentIdEncrypted = cipher.encrypt(residentId.value());
            person.residentIdIndex = cipher.blindIndex(residentId.value());
        }
        if (certificate != null) {
            person.certificateEncrypted = cipher.encrypt(certificate.value());
        }
    }

    void storeSupportNeeds(Person person, Set<SupportNeed> needs) {
        person.supportNeeds = needs.isEmpty() ? "" : cipher.encrypt(SupportNeed.store(needs));
    }

    private Set<SupportNeed> supportNeeds(Person person) {
        return person.supportNeeds.isEmpty() ? Set.of() : SupportNeed.read(cipher.decrypt(person.supportNeeds));
    }

    ApplicantFacts facts(Person person) {
        var certificate = person.certificateEncrypted == null ? null : storedCertificate(person);
        return new ApplicantFacts(person.requireId(), person.name, maskedResidentId(person),
                certificate == null ? null : certificate.category(), certificate == null ? null : certificate.grade(),
                person.county, person.township, person.household, person.education, person.graduationYear,
                person.contactPreference, supportNeeds(person), phoneOf(person));
    }

    /** What a helper awaiting consent typed, and nothing else: no county, household or needs of the person's own. */
    private ApplicantFacts typedByHelper(Help help) {
        var residentId = help.proposedResidentIdEncrypted() == null ? ""
                : new ResidentIdNumber(cipher.decrypt(help.proposedResidentIdEncrypted())).masked();
        var certificate = help.proposedCertificateEncrypted() == null ? null
                : certificate(help.proposedCertificateEncrypted());
        return new ApplicantFacts(help.personId(), help.personName(), residentId,
                certificate == null ? null : certificate.category(), certificate == null ? null : certificate.grade(),
                null, null, null, null, null, ContactPreference.SMS, Set.of(),
                help.personPhone() == null ? null : new PhoneNumber(help.personPhone()));
    }

    private ProfileDetails details(Person person) {
        var certificate = person.certificateEncrypted == null ? null : storedCertificate(person);
        return new ProfileDetails(person.requireId(), person.name, phoneOf(person), maskedResidentId(person),
                certificate == null ? "" : certificate.masked(), certificate == null ? null : certificate.category(),
                certificate == null ? null : certificate.grade(), person.county, person.township, person.household,
                person.education, person.graduationYear, person.contactPreference, supportNeeds(person),
                person.sensitiveConsentAt, person.createdAt, person.updatedAt);
    }

    private String maskedResidentId(Person person) {
        return person.residentIdEncrypted == null ? "" : storedResidentId(person).masked();
    }

    private ResidentIdNumber storedResidentId(Person person) {
        return new ResidentIdNumber(cipher.decrypt(Objects.requireNonNull(person.residentIdEncrypted)));
    }

    private DisabilityCertificateNumber storedCertificate(Person person) {
        return certificate(Objects.requireNonNull(person.certificateEncrypted));
    }

    DisabilityCertificateNumber certificate(String encrypted) {
        var value = cipher.decrypt(encrypted);
        // It was valid when stored; LocalDate.MAX only skips the "born in the future" check.
        if (DisabilityCertificateNumber.parse(value, null, LocalDate.MAX)
                instanceof DisabilityCertificateNumber.Valid(var number)) {
            return number;
        }
        throw new IllegalStateException("a stored certificate number no longer parses");
    }

    static @Nullable PhoneNumber phoneOf(Person person) {
        return person.phoneNumber == null ? null : new PhoneNumber(person.phoneNumber);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static PersonSummary summary(PersonAccess.Seen seen) {
        return switch (seen) {
            case PersonAccess.Seen.AsSelf(var person) ->
                    new PersonSummary(person.requireId(), person.name, true, null, ConsentState.NOT_NEEDED);
            case PersonAccess.Seen.AsHelper(var person, var help) ->
                    new PersonSummary(person.requireId(), person.name, false, help.relationship(), help.consent());
            case PersonAccess.Seen.AsPendingHelper(var help) ->
                    new PersonSummary(help.personId(), help.personName(), false, help.relationship(), help.consent());
        };
    }
}
