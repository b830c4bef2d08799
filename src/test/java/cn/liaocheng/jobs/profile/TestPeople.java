package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * People for tests, written straight to the tables (no signed-in account needed). Every ID number is new, valid and
 * from Liaocheng (3715...), so tests sharing the database never meet.
 */
@Component
public class TestPeople {

    private static final String[] CHECK = {"1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger NEXT = new AtomicInteger((int) (Math.random() * 5_000_000));

    private final PersonRepository people;
    private final HelpRepository helps;
    private final ProfileService profiles;
    private final Clock clock;

    TestPeople(PersonRepository people, HelpRepository helps, ProfileService profiles, Clock clock) {
        this.people = people;
        this.helps = helps;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** A valid ID number no other test uses: born 1950-2009 in 东昌府区, with a correct check character. */
    public static ResidentIdNumber uniqueResidentId() {
        int n = NEXT.incrementAndGet();
        var born = LocalDate.of(1950, 1, 1).plusDays(n % 21_900);
        var body = "371502" + born.toString().replace("-", "") + String.format("%03d", (n / 21_900) % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return new ResidentIdNumber(body + CHECK[sum % 11]);
    }

    public static DisabilityCertificateNumber certificateFor(ResidentIdNumber id, DisabilityCategory category,
            int grade) {
        return new DisabilityCertificateNumber(id, category, grade);
    }

    /** A complete profile with sensitive-data consent for {@code account}: 肢体残疾 grade 4, rural 莘县. */
    public PersonSummary self(PortalUser account) {
        var person = complete(Person.create(account.displayName(), account.accountId(), clock.instant()),
                account.accountId());
        person.ownAccountId = account.accountId();
        person.phoneNumber = account.phoneNumber();
        var saved = people.save(person);
        return new PersonSummary(saved.requireId(), saved.name, true, null, ConsentState.NOT_NEEDED);
    }

    /** A person added by {@code helper} with their own (unregistered) phone; consent by code or still awaited. */
    public PersonSummary helpedBy(PortalUser helper, Relationship relationship, boolean consented) {
        return helpedBy(helper, relationship, consented, TestAccounts.uniquePhone());
    }

    public PersonSummary helpedBy(PortalUser helper, Relationship relationship, boolean consented, PhoneNumber phone) {
        var now = clock.instant();
        var person = complete(Person.create("王建国", helper.accountId(), now), helper.accountId());
        person.phoneNumber = phone.value();
        var saved = people.save(person);
        var help = Help.awaiting(helper.accountId(), saved.requireId(), saved.name, phone.value(), relationship, now);
        if (consented) {
            help = help.confirmed(ConsentState.CONFIRMED_BY_CODE, null, now, true);
        }
        helps.save(help);
        return new PersonSummary(saved.requireId(), saved.name, false, relationship, help.consent());
    }

    /** Another helper for an existing person. */
    public long addHelper(long personId, PortalUser helper, Relationship relationship, boolean consented) {
        var now = clock.instant();
        var phone = people.findById(personId).orElseThrow().phoneNumber;
        var help = Help.awaiting(helper.accountId(), personId, "家人", phone, relationship, now);
        if (consented) {
            help = help.confirmed(ConsentState.CONFIRMED_BY_CODE, null, now, true);
        }
        return helps.save(help).requireId();
    }

    /** The help id of {@code helper} for {@code personId}, if still active. */
    public long helpId(long personId, PortalUser helper) {
        return helps.findActive(helper.accountId(), personId).orElseThrow().requireId();
    }

    /** {@code person} (who has their own account) withdraws {@code helper}. */
    public void withdraw(PortalUser person, PortalUser helper) {
        var own = people.findByOwnAccountId(person.accountId()).orElseThrow();
        var help = helps.findActive(helper.accountId(), own.requireId()).orElseThrow();
        helps.save(help.withdrawn(clock.instant()));
    }

    /** Withdraws whatever active help {@code helper} has for {@code personId}. */
    public void withdraw(long personId, PortalUser helper) {
        var help = helps.findActive(helper.accountId(), personId).orElseThrow();
        helps.save(help.withdrawn(clock.instant()));
    }

    /** Sets how the person wants to hear about their applications, and their phone (null: no phone of their own). */
    public void contact(long personId, ContactPreference preference, @Nullable PhoneNumber phone) {
        var person = people.findById(personId).orElseThrow();
        person.contactPreference = preference;
        person.phoneNumber = phone == null ? null : phone.value();
        people.save(person);
    }

    /** The person now lives in {@code county} (staff route their next application there). */
    public void moveTo(long personId, County county) {
        var person = people.findById(personId).orElseThrow();
        person.county = county;
        people.save(person);
    }

    /** The person's stored certificate number, decrypted: for tests that look for it where it must (not) be. */
    public DisabilityCertificateNumber certificate(long personId) {
        var person = people.findById(personId).orElseThrow();
        return profiles.certificate(java.util.Objects.requireNonNull(person.certificateEncrypted));
    }

    private Person complete(Person person, long consentBy) {
        var id = uniqueResidentId();
        person.county = County.SHENXIAN;
        person.township = "燕店镇";
        person.household = Household.RURAL;
        person.education = Education.JUNIOR_SECONDARY;
        person.contactPreference = ContactPreference.SMS;
        person.sensitiveConsentAt = clock.instant();
        person.sensitiveConsentBy = consentBy;
        profiles.storeNumbers(person, id, certificateFor(id, DisabilityCategory.PHYSICAL, 4));
        profiles.storeSupportNeeds(person, Set.of(SupportNeed.STEP_FREE));
        return person;
    }
}
