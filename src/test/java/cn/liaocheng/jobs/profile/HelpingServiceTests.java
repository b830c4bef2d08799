package cn.liaocheng.jobs.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.RegistrationOutcome;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** 代办 on the embedded PostgreSQL: adding a person, consent by code or in person, withdrawing, id swapping. */
@SpringBootTest
@RecordApplicationEvents
class HelpingServiceTests {

    @Autowired HelpingService helping;
    @Autowired ProfileService profiles;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired LoggingVerificationChannel sms;
    @Autowired ApplicationEvents events;
    @Autowired AccountService accountService;
    @Autowired VerificationCodes codes;

    private final PhoneNumber fathersPhone = TestAccounts.uniquePhone();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AddOutcome.Added addFather(PortalUser daughter) {
        TestAccounts.signIn(daughter);
        return (AddOutcome.Added) helping.addPerson(
                new NewPerson("王建国", Relationship.DAUGHTER, fathersPhone, false, null, null));
    }

    @Test
    void a_daughter_adds_her_father_who_consents_with_the_code_sent_to_his_phone() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);
        assertThat(profiles.submitPermission(added.personId()))
                .isEqualTo(new SubmitPermission.AwaitingConsent(Relationship.DAUGHTER));

        assertThat(helping.sendConsentCode(added.helpId(), Delivery.VOICE_CALL))
                .isInstanceOf(ConsentCodeOutcome.Sent.class);
        var code = sms.latestCodeFor(fathersPhone);

        assertThat(helping.confirmByCode(added.helpId(), code)).isEqualTo(new ConfirmOutcome.Confirmed());
        assertThat(profiles.submitPermission(added.personId()))
                .isEqualTo(new SubmitPermission.Helper(Relationship.DAUGHTER, "王芳"));
        assertThat(helping.helping()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("王建国");
            assertThat(p.consent()).isEqualTo(ConsentState.CONFIRMED_BY_CODE);
        });
    }

    @Test
    void a_wrong_code_records_no_consent() {
        var added = addFather(accounts.applicant("王芳"));
        helping.sendConsentCode(added.helpId(), Delivery.SMS);
        var wrong = sms.latestCodeFor(fathersPhone).equals("000000") ? "111111" : "000000";

        assertThat(helping.confirmByCode(added.helpId(), wrong)).isEqualTo(new ConfirmOutcome.Wrong(4));
        assertThat(helping.helping(added.helpId()).orElseThrow().consent()).isEqualTo(ConsentState.AWAITING);
    }

    @Test
    void the_helper_may_not_use_their_own_phone_number_for_the_person() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);

        assertThat(helping.addPerson(new NewPerson("王建国", Relationship.DAUGHTER,
                new PhoneNumber(daughter.phoneNumber()), false, null, null))).isEqualTo(new AddOutcome.OwnPhone());
    }

    @Test
    void id_and_certificate_are_stored_only_with_the_persons_agreement_and_then_encrypted() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);
        var id = TestPeople.uniqueResidentId();

        var added = (AddOutcome.Added) helping.addPerson(new NewPerson("王建国", Relationship.DAUGHTER, fathersPhone,
                true, id, TestPeople.certificateFor(id, DisabilityCategory.VISUAL, 2)));

        var facts = profiles.facts(added.personId()).orElseThrow();
        assertThat(facts.maskedResidentId()).isEqualTo(id.masked());
        assertThat(facts.category()).isEqualTo(DisabilityCategory.VISUAL);
        assertThat(facts.grade()).isEqualTo(2);
    }

    @Test
    void a_person_who_registers_later_with_the_same_phone_sees_the_record_as_their_own() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);
        var father = registeredWith(fathersPhone, "王建国");
        TestAccounts.signIn(father);

        assertThat(profiles.ownPersonId()).contains(added.personId());
        assertThat(profiles.find(added.personId())).hasValueSatisfying(p -> assertThat(p.self()).isTrue());
        assertThat(helping.myHelpers()).singleElement().satisfies(h -> {
            assertThat(h.helperName()).isEqualTo("王芳");
            assertThat(h.relationship()).isEqualTo(Relationship.DAUGHTER);
        });
        TestAccounts.signIn(daughter);
        assertThat(profiles.find(added.personId())).isPresent();
    }

    @Test
    void after_the_person_withdraws_the_helper_no_longer_finds_them() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);
        var father = registeredWith(fathersPhone, "王建国");
        TestAccounts.signIn(father);
        var helpId = helping.myHelpers().getFirst().helpId();

        assertThat(helping.withdraw(helpId)).isTrue();

        assertThat(helping.myHelpers()).isEmpty();
        assertThat(events.stream(HelperWithdrawn.class))
                .containsExactly(new HelperWithdrawn(added.personId(), daughter.accountId()));
        TestAccounts.signIn(daughter);
        assertThat(profiles.find(added.personId())).isEmpty();
        assertThat(helping.helping()).isEmpty();
        assertThat(helping.sendConsentCode(helpId, Delivery.SMS)).isEqualTo(new ConsentCodeOutcome.NotFound());
    }

    @Test
    void nobody_but_the_person_may_withdraw_a_helper() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);

        assertThat(helping.withdraw(added.helpId())).as("the helper herself").isFalse();
        TestAccounts.signIn(accounts.applicant("陌生人"));
        assertThat(helping.withdraw(added.helpId())).isFalse();
        assertThat(helping.myHelper(added.helpId())).isEmpty();
        TestAccounts.signOut();
        assertThat(helping.withdraw(added.helpId())).isFalse();
        TestAccounts.signIn(daughter);
        assertThat(helping.helping(added.helpId())).isPresent();
    }

    @Test
    void another_applicant_cannot_send_or_confirm_a_code_for_someone_elses_help() {
        var added = addFather(accounts.applicant("王芳"));
        TestAccounts.signIn(accounts.applicant("陌生人"));

        assertThat(helping.helping(added.helpId())).isEmpty();
        assertThat(helping.sendConsentCode(added.helpId(), Delivery.SMS)).isEqualTo(new ConsentCodeOutcome.NotFound());
        assertThat(helping.confirmByCode(added.helpId(), "123456")).isEqualTo(new ConfirmOutcome.NotFound());
        TestAccounts.signOut();
        assertThat(helping.helping(added.helpId())).isEmpty();
        assertThat(helping.sendConsentCode(added.helpId(), Delivery.SMS)).isEqualTo(new ConsentCodeOutcome.NotFound());
    }

    @Test
    void only_staff_confirm_consent_in_person() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);

        assertThatThrownBy(() -> helping.confirmInPerson(added.helpId())).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> helping.confirmInPerson(added.helpId())).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(accounts.create("乡镇残联", Role.STAFF));
        assertThat(helping.confirmInPerson(added.helpId())).isTrue();
        assertThat(helping.confirmInPerson(added.helpId())).as("already confirmed").isFalse();
        assertThat(helping.confirmInPerson(-1)).isFalse();

        TestAccounts.signIn(daughter);
        assertThat(helping.helping(added.helpId()).orElseThrow().consent()).isEqualTo(ConsentState.CONFIRMED_IN_PERSON);
    }

    @Test
    void a_helper_attached_to_someone_already_registered_sees_no_data_until_consent() {
        var father = accounts.applicant("王建国");
        var person = testPeople.self(father);
        var stranger = accounts.applicant("陌生人");
        TestAccounts.signIn(stranger);

        var added = (AddOutcome.Added) helping.addPerson(new NewPerson("随便写的名字", Relationship.OTHER,
                new PhoneNumber(father.phoneNumber()), false, null, null));

        assertThat(added.personId()).isEqualTo(person.personId());
        assertThat(profiles.find(person.personId()).orElseThrow().name()).isEqualTo("随便写的名字");
        var facts = profiles.facts(person.personId()).orElseThrow();
        assertThat(facts.name()).isEqualTo("随便写的名字");
        assertThat(facts.maskedResidentId()).isEmpty();
        assertThat(facts.category()).isNull();
        assertThat(facts.county()).isNull();
        assertThat(facts.supportNeeds()).isEmpty();
    }

    /** Registers the way the sign-up page does: the code from the SMS proves the phone is theirs. */
    private PortalUser registeredWith(PhoneNumber phone, String name) {
        codes.send(phone, VerificationCodes.Purpose.SIGN_UP, Delivery.SMS);
        var outcome = accountService.register(phone, sms.latestCodeFor(phone), TestAccounts.PASSWORD, name);
        return ((RegistrationOutcome.Registered) outcome).user();
    }
}
