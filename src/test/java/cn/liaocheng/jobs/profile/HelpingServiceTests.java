package cn.liaocheng.jobs.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.RegistrationOutcome;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.TestRateLimitTime;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import cn.liaocheng.jobs.shared.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    @Autowired JdbcClient jdbc;
    @Autowired TestRateLimitTime rateLimitTime;
    @Autowired Clock clock;

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
    void a_helper_is_told_a_code_was_just_sent_apart_from_the_limit_against_harassment() {
        var added = addFather(accounts.applicant("王芳"));
        assertThat(helping.sendConsentCode(added.helpId(), Delivery.SMS)).isInstanceOf(ConsentCodeOutcome.Sent.class);
        assertThat(helping.sendConsentCode(added.helpId(), Delivery.SMS)).isInstanceOf(ConsentCodeOutcome.TooSoon.class);

        for (int i = 0; i < 4; i++) {
            rateLimitTime.skip(Duration.ofSeconds(61));
            assertThat(helping.sendConsentCode(added.helpId(), Delivery.SMS)).isInstanceOf(ConsentCodeOutcome.Sent.class);
        }
        rateLimitTime.skip(Duration.ofSeconds(61));

        assertThat(helping.sendConsentCode(added.helpId(), Delivery.SMS))
                .as("five an hour to one phone from one network").isInstanceOf(ConsentCodeOutcome.LimitReached.class);
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private InPersonOutcome confirmToday(long helpId) {
        return helping.confirmInPerson(helpId, today(), "莘县残联");
    }

    @Test
    void only_caseworkers_and_city_administrators_confirm_consent_in_person() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);

        assertThatThrownBy(() -> confirmToday(added.helpId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> helping.pendingForPhone(fathersPhone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> helping.pendingInMyCounty()).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        assertThatThrownBy(() -> confirmToday(added.helpId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> helping.pendingForPhone(fathersPhone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> helping.pendingRequest(added.helpId())).isInstanceOf(AccessDeniedException.class);
        // Method security refuses anonymous visitors; the portal's filters make every signed-out visitor one.
        TestAccounts.browseSignedOut();
        assertThatThrownBy(() -> confirmToday(added.helpId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> helping.pendingInMyCounty()).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(accounts.create("乡镇残联", Role.CASEWORKER));
        assertThat(confirmToday(added.helpId())).isEqualTo(new InPersonOutcome.Confirmed());
        assertThat(confirmToday(added.helpId())).as("already confirmed").isEqualTo(new InPersonOutcome.NotFound());
        assertThat(confirmToday(-1)).isEqualTo(new InPersonOutcome.NotFound());

        TestAccounts.signIn(daughter);
        assertThat(helping.helping(added.helpId()).orElseThrow().consent()).isEqualTo(ConsentState.CONFIRMED_IN_PERSON);
    }

    @Test
    void a_caseworker_finds_the_request_by_the_persons_phone_and_after_confirming_the_helper_may_submit() {
        var daughter = accounts.applicant("王芳");
        // 莘县: the person's record says where they live.
        var father = testPeople.helpedBy(daughter, Relationship.DAUGHTER, false, fathersPhone);
        long helpId = testPeople.helpId(father.personId(), daughter);
        TestAccounts.signIn(daughter);
        assertThat(profiles.submitPermission(father.personId())).isInstanceOf(SubmitPermission.AwaitingConsent.class);

        TestAccounts.signIn(accounts.caseworker("莘县残联 张老师", County.SHENXIAN));
        assertThat(helping.pendingInMyCounty()).extracting(PendingHelpRequest::helpId).contains(helpId);
        var found = helping.pendingForPhone(fathersPhone);
        assertThat(found).singleElement().satisfies(request -> {
            assertThat(request.helpId()).isEqualTo(helpId);
            assertThat(request.helperName()).isEqualTo("王芳");
            assertThat(request.relationship()).isEqualTo(Relationship.DAUGHTER);
            assertThat(request.county()).isEqualTo(County.SHENXIAN);
            assertThat(request.toString()).doesNotContain(fathersPhone.value(), "王建国");
        });
        var on = today();
        assertThat(helping.confirmInPerson(helpId, on, " 燕店镇残联 ")).isEqualTo(new InPersonOutcome.Confirmed());

        assertThat(helping.pendingForPhone(fathersPhone)).isEmpty();
        assertThat(helping.pendingInMyCounty()).extracting(PendingHelpRequest::helpId).doesNotContain(helpId);
        assertThat(jdbc.sql("select confirmed_on, confirmed_place, confirmed_by from profile_helper where id = ?")
                .param(helpId).query((rs, n) -> rs.getObject(1, LocalDate.class) + "|" + rs.getString(2) + "|"
                        + (rs.getLong(3) > 0)).single()).isEqualTo(on + "|燕店镇残联|true");
        var audited = jdbc.sql("select action, detail from audit_entry where person_id = ? order by id")
                .param(father.personId()).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
        assertThat(audited).containsExactly("CONSENT_CONFIRMED_IN_PERSON AWAITING → CONFIRMED_IN_PERSON");

        // As after a code: the helper may submit and sees the person's own record.
        TestAccounts.signIn(daughter);
        assertThat(profiles.submitPermission(father.personId())).isInstanceOf(SubmitPermission.Helper.class);
        assertThat(profiles.facts(father.personId()).orElseThrow().county()).isEqualTo(County.SHENXIAN);
    }

    @Test
    void another_countys_caseworker_does_not_find_or_confirm_the_request() {
        var daughter = accounts.applicant("王芳");
        var father = testPeople.helpedBy(daughter, Relationship.DAUGHTER, false, fathersPhone);
        long helpId = testPeople.helpId(father.personId(), daughter);

        TestAccounts.signIn(accounts.caseworker("东昌府区残联 刘老师", County.DONGCHANGFU));
        assertThat(helping.pendingForPhone(fathersPhone)).isEmpty();
        assertThat(helping.pendingInMyCounty()).extracting(PendingHelpRequest::helpId).doesNotContain(helpId);
        assertThat(helping.pendingRequest(helpId)).isEmpty();
        assertThat(confirmToday(helpId)).isEqualTo(new InPersonOutcome.NotFound());

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        assertThat(helping.pendingInMyCounty()).extracting(PendingHelpRequest::helpId).contains(helpId);
        assertThat(helping.pendingForPhone(fathersPhone)).extracting(PendingHelpRequest::helpId).containsExactly(helpId);
        assertThat(confirmToday(helpId)).isEqualTo(new InPersonOutcome.Confirmed());

        TestAccounts.signIn(daughter);
        assertThat(helping.helping(helpId).orElseThrow().consent()).isEqualTo(ConsentState.CONFIRMED_IN_PERSON);
    }

    @Test
    void a_person_of_no_known_county_yet_is_found_by_phone_by_any_caseworker_but_listed_for_none() {
        var added = addFather(accounts.applicant("王芳"));

        TestAccounts.signIn(accounts.caseworker("东昌府区残联 刘老师", County.DONGCHANGFU));
        assertThat(helping.pendingInMyCounty()).extracting(PendingHelpRequest::helpId).doesNotContain(added.helpId());
        assertThat(helping.pendingForPhone(fathersPhone)).singleElement()
                .satisfies(request -> assertThat(request.county()).isNull());
        assertThat(helping.pendingForPhone(TestAccounts.uniquePhone())).isEmpty();
    }

    @Test
    void a_withdrawn_request_is_not_found_and_nothing_is_recorded_from_a_wrong_date_or_place() {
        var daughter = accounts.applicant("王芳");
        var added = addFather(daughter);
        TestAccounts.signIn(accounts.create("乡镇残联", Role.CASEWORKER));

        assertThat(helping.confirmInPerson(added.helpId(), null, " ")).isEqualTo(new InPersonOutcome.Invalid(
                List.of(InPersonOutcome.Problem.DATE_MISSING, InPersonOutcome.Problem.PLACE_MISSING)));
        assertThat(helping.confirmInPerson(added.helpId(), today().plusDays(1), "镇".repeat(61)))
                .isEqualTo(new InPersonOutcome.Invalid(List.of(InPersonOutcome.Problem.DATE_IN_FUTURE,
                        InPersonOutcome.Problem.PLACE_TOO_LONG)));
        assertThat(helping.confirmInPerson(added.helpId(), today().minusDays(2), "古云镇政府"))
                .isEqualTo(new InPersonOutcome.Invalid(List.of(InPersonOutcome.Problem.DATE_BEFORE_REQUEST)));
        assertThat(helping.pendingRequest(added.helpId())).isPresent();

        testPeople.withdraw(added.personId(), daughter);
        assertThat(helping.pendingRequest(added.helpId())).isEmpty();
        assertThat(helping.pendingForPhone(fathersPhone)).isEmpty();
        assertThat(confirmToday(added.helpId())).isEqualTo(new InPersonOutcome.NotFound());
    }

    @Test
    void adding_someone_answers_the_same_whether_or_not_their_phone_is_registered() {
        var father = accounts.applicant("王建国");
        testPeople.self(father);
        var registeredPhone = new PhoneNumber(father.phoneNumber());
        var freePhone = TestAccounts.uniquePhone();
        var someoneElsesId = TestPeople.uniqueResidentId();
        TestAccounts.signIn(accounts.applicant("李秀英"));
        profiles.saveOwnProfile(ownProfileWithId("李秀英", someoneElsesId));

        var answers = new java.util.ArrayList<String>();
        for (var phone : java.util.List.of(registeredPhone, freePhone)) {
            TestAccounts.signIn(accounts.applicant("陌生人"));
            var outcome = helping.addPerson(new NewPerson("王建国", Relationship.OTHER, phone, true, someoneElsesId,
                    null));
            assertThat(outcome).isInstanceOf(AddOutcome.Added.class);
            var added = (AddOutcome.Added) outcome;
            var seen = helping.helping(added.helpId()).orElseThrow();
            var facts = profiles.facts(added.personId()).orElseThrow();
            // Everything the helper can see, with the phone (which they typed) left out.
            answers.add(seen.name() + "|" + seen.relationship() + "|" + seen.consent() + "|" + facts.name() + "|"
                    + facts.maskedResidentId() + "|" + facts.category() + "|" + facts.county() + "|"
                    + facts.township() + "|" + facts.supportNeeds() + "|" + profiles.submitPermission(added.personId())
                    + "|" + profiles.find(added.personId()).orElseThrow().name());
        }
        assertThat(answers.get(0)).isEqualTo(answers.get(1));
    }

    @Test
    void numbers_a_helper_enters_wait_unconfirmed_until_the_person_reads_out_the_code() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);
        var id = TestPeople.uniqueResidentId();
        var added = (AddOutcome.Added) helping.addPerson(new NewPerson("王建国", Relationship.DAUGHTER, fathersPhone,
                true, id, TestPeople.certificateFor(id, DisabilityCategory.VISUAL, 2)));
        assertThat(storedNumbers(added.personId())).as("not in the person's record yet").isZero();

        helping.sendConsentCode(added.helpId(), Delivery.SMS);
        var message = sms.latestTo(fathersPhone);
        assertThat(message.purpose()).isEqualTo(VerificationCodes.Purpose.HELPER_CONSENT);
        assertThat(message.request()).contains("王芳", "女儿", "“王建国”", "申请培训、贷款和就业服务", id.masked(),
                "视力残疾", "二级").doesNotContain(id.value());
        assertThat(helping.confirmByCode(added.helpId(), message.code())).isEqualTo(new ConfirmOutcome.Confirmed());

        assertThat(storedNumbers(added.personId())).isEqualTo(1);
        var facts = profiles.facts(added.personId()).orElseThrow();
        assertThat(facts.maskedResidentId()).isEqualTo(id.masked());
        assertThat(facts.category()).isEqualTo(DisabilityCategory.VISUAL);
    }

    @Test
    void a_consent_code_message_without_numbers_says_who_asks_and_what_for() {
        var added = addFather(accounts.applicant("王芳"));
        helping.sendConsentCode(added.helpId(), Delivery.VOICE_CALL);

        assertThat(sms.latestTo(fathersPhone).request()).isEqualTo("聊城残疾人就业服务门户：王芳 说自己是您的女儿，"
                + "请求替“王建国”在网上申请培训、贷款和就业服务，并查看和提交这些申请。您同意的话，请把验证码告诉 TA；"
                + "不同意，就不要把验证码告诉任何人，TA 看不到您的任何信息。");
    }

    @Test
    void staff_confirming_in_person_confirms_the_numbers_too() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);
        var id = TestPeople.uniqueResidentId();
        var added = (AddOutcome.Added) helping.addPerson(new NewPerson("王建国", Relationship.DAUGHTER, null, true, id,
                null));

        TestAccounts.signIn(accounts.create("乡镇残联", Role.CASEWORKER));
        assertThat(confirmToday(added.helpId())).isEqualTo(new InPersonOutcome.Confirmed());

        assertThat(storedNumbers(added.personId())).isEqualTo(1);
    }

    @Test
    void numbers_never_replace_those_already_in_the_persons_record() {
        var father = accounts.applicant("王建国");
        var own = testPeople.self(father);
        var before = profilesOf(father).maskedResidentId();
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);
        var added = (AddOutcome.Added) helping.addPerson(new NewPerson("王建国", Relationship.DAUGHTER,
                new PhoneNumber(father.phoneNumber()), true, TestPeople.uniqueResidentId(), null));
        assertThat(added.personId()).isEqualTo(own.personId());

        helping.sendConsentCode(added.helpId(), Delivery.SMS);
        assertThat(helping.confirmByCode(added.helpId(), sms.latestCodeFor(new PhoneNumber(father.phoneNumber()))))
                .isEqualTo(new ConfirmOutcome.Confirmed());

        assertThat(profilesOf(father).maskedResidentId()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from profile_helper where id = ? and proposed_resident_id_encrypted is not null")
                .param(added.helpId()).query(Integer.class).single()).as("kept on the request for staff").isEqualTo(1);
    }

    private ProfileDetails profilesOf(PortalUser person) {
        TestAccounts.signIn(person);
        return profiles.ownProfile().orElseThrow();
    }

    @Test
    void registering_on_a_shared_family_phone_does_not_take_over_another_family_members_record() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);
        var mother = (AddOutcome.Added) helping.addPerson(new NewPerson("李秀英", Relationship.DAUGHTER, fathersPhone,
                false, null, null));

        var father = registeredWith(fathersPhone, "王建国");
        TestAccounts.signIn(father);

        assertThat(profiles.ownPersonId()).isEmpty();
        assertThat(profiles.find(mother.personId())).isEmpty();
    }

    @Test
    void one_helper_may_add_two_people_who_share_a_phone() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);

        var father = helping.addPerson(new NewPerson("王建国", Relationship.DAUGHTER, fathersPhone, false, null, null));
        var mother = helping.addPerson(new NewPerson("李秀英", Relationship.DAUGHTER, fathersPhone, false, null, null));
        var again = helping.addPerson(new NewPerson("李秀英", Relationship.DAUGHTER, fathersPhone, false, null, null));

        assertThat(father).isInstanceOf(AddOutcome.Added.class);
        assertThat(mother).isInstanceOf(AddOutcome.Added.class);
        assertThat(again).isEqualTo(new AddOutcome.AlreadyHelping(((AddOutcome.Added) mother).helpId()));
        assertThat(helping.helping()).extracting(HelpedPerson::name).containsExactly("王建国", "李秀英");
    }

    private static ProfileChanges ownProfileWithId(String name, ResidentIdNumber id) {
        return new ProfileChanges(name, null, County.SHENXIAN, null, null, null, null, ContactPreference.SMS, true, id,
                null, Set.of());
    }

    private int storedNumbers(long personId) {
        return jdbc.sql("select count(*) from profile_person where id = ? and resident_id_encrypted is not null")
                .param(personId).query(Integer.class).single();
    }

    /** Registers the way the sign-up page does: the code from the SMS proves the phone is theirs. */
    private PortalUser registeredWith(PhoneNumber phone, String name) {
        codes.send(phone, VerificationCodes.Purpose.SIGN_UP, Delivery.SMS);
        var outcome = accountService.register(phone, sms.latestCodeFor(phone), TestAccounts.PASSWORD, name);
        return ((RegistrationOutcome.Registered) outcome).user();
    }
}
