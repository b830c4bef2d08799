package cn.liaocheng.jobs.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The profile's rules on the embedded PostgreSQL: encryption at rest, masking, consent and who sees whom. */
@SpringBootTest
@RecordApplicationEvents
class ProfileServiceTests {

    @Autowired ProfileService profiles;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired V0061__profile_encrypt_disability_facts migration;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static ProfileChanges withConsent(String name, cn.liaocheng.jobs.shared.ResidentIdNumber id,
            DisabilityCategory category, int grade) {
        return new ProfileChanges(name, null, County.SHENXIAN, "燕店镇", Household.RURAL, Education.BACHELOR_OR_ABOVE,
                2024, ContactPreference.PHONE_CALL, true, id, TestPeople.certificateFor(id, category, grade),
                Set.of(SupportNeed.SIGN_LANGUAGE));
    }

    @Test
    void the_numbers_category_grade_and_support_needs_are_stored_only_encrypted() {
        var me = accounts.applicant("李明");
        TestAccounts.signIn(me);
        var id = TestPeople.uniqueResidentId();

        var outcome = profiles.saveOwnProfile(withConsent("李明", id, DisabilityCategory.HEARING, 2));

        var personId = ((SaveOutcome.Saved) outcome).personId();
        var row = jdbc.sql("select * from profile_person where id = ?").param(personId).query().singleRow();
        assertThat(row).doesNotContainKeys("category", "grade");
        assertThat(row.toString()).doesNotContain(id.value()).doesNotContain(id.value().substring(6, 14))
                .doesNotContain("HEARING").doesNotContain("SIGN_LANGUAGE");
        assertThat((String) row.get("resident_id_encrypted")).startsWith("v1:");
        assertThat((String) row.get("certificate_encrypted")).startsWith("v1:");
        assertThat((String) row.get("support_needs")).startsWith("v1:");
        var details = profiles.ownProfile().orElseThrow();
        assertThat(details.category()).isEqualTo(DisabilityCategory.HEARING);
        assertThat(details.grade()).isEqualTo(2);
        assertThat(details.supportNeeds()).containsExactly(SupportNeed.SIGN_LANGUAGE);
    }

    @Test
    void the_migration_encrypts_support_needs_stored_in_plain_text_and_leaves_encrypted_ones_alone()
            throws SQLException {
        var me = accounts.applicant("李明");
        TestAccounts.signIn(me);
        var personId = ((SaveOutcome.Saved) profiles.saveOwnProfile(
                withConsent("李明", TestPeople.uniqueResidentId(), DisabilityCategory.HEARING, 2))).personId();
        var encrypted = supportNeedsColumn(personId);
        var legacy = accounts.applicant("王大爷");
        TestAccounts.signIn(legacy);
        var legacyId = ((SaveOutcome.Saved) profiles.saveOwnProfile(
                withConsent("王大爷", TestPeople.uniqueResidentId(), DisabilityCategory.VISUAL, 1))).personId();
        jdbc.sql("update profile_person set support_needs = 'SIGN_LANGUAGE,STEP_FREE' where id = ?").param(legacyId)
                .update();

        try (var connection = dataSource.getConnection()) {
            assertThat(migration.encryptPlainSupportNeeds(connection)).isGreaterThanOrEqualTo(1);
        }

        assertThat(supportNeedsColumn(personId)).isEqualTo(encrypted);
        assertThat(supportNeedsColumn(legacyId)).startsWith("v1:");
        assertThat(profiles.ownProfile().orElseThrow().supportNeeds())
                .containsExactlyInAnyOrder(SupportNeed.SIGN_LANGUAGE, SupportNeed.STEP_FREE);
    }

    private String supportNeedsColumn(long personId) {
        return jdbc.sql("select support_needs from profile_person where id = ?").param(personId).query(String.class)
                .single();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void numbers_never_reach_the_log(CapturedOutput output) {
        var me = accounts.applicant("李明");
        TestAccounts.signIn(me);
        var id = TestPeople.uniqueResidentId();

        profiles.saveOwnProfile(withConsent("李明", id, DisabilityCategory.SPEECH, 3));
        profiles.saveOwnProfile(withConsent("李明", id, DisabilityCategory.SPEECH, 3));
        profiles.facts(profiles.ownPersonId().orElseThrow()).orElseThrow();
        TestAccounts.signIn(accounts.applicant("冒名"));
        profiles.saveOwnProfile(withConsent("冒名", id, DisabilityCategory.SPEECH, 3));

        assertThat(output.getAll()).doesNotContain(id.value()).doesNotContain(id.value().substring(6, 14));
    }

    @Test
    void numbers_leave_the_service_only_masked() {
        var me = accounts.applicant("李明");
        TestAccounts.signIn(me);
        var id = TestPeople.uniqueResidentId();
        profiles.saveOwnProfile(withConsent("李明", id, DisabilityCategory.VISUAL, 1));

        var details = profiles.ownProfile().orElseThrow();
        var facts = profiles.facts(details.personId()).orElseThrow();

        var masked = id.value().substring(0, 4) + "**********" + id.value().substring(14);
        assertThat(details.maskedResidentId()).isEqualTo(masked);
        assertThat(details.maskedCertificate()).isEqualTo(masked + "11");
        assertThat(facts.maskedResidentId()).isEqualTo(masked);
        assertThat(facts.toString()).doesNotContain(id.value());
        assertThat(facts.category()).isEqualTo(DisabilityCategory.VISUAL);
        assertThat(facts.grade()).isEqualTo(1);
        assertThat(facts.graduationYear()).isEqualTo(2024);
        assertThat(facts.phone()).isEqualTo(new cn.liaocheng.jobs.shared.PhoneNumber(me.phoneNumber()));
    }

    @Test
    void without_the_sensitive_data_consent_no_numbers_can_be_given_but_name_and_contact_are_saved() {
        assertThatThrownBy(() -> new ProfileChanges("李明", null, null, null, null, null, null,
                ContactPreference.SMS, false, TestPeople.uniqueResidentId(), null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        var me = accounts.applicant("李明");
        TestAccounts.signIn(me);

        profiles.saveOwnProfile(new ProfileChanges("李明", null, County.GUANXIAN, null, null, Education.SENIOR_SECONDARY,
                2020, ContactPreference.IN_PERSON, false, null, null, Set.of()));

        var details = profiles.ownProfile().orElseThrow();
        assertThat(details.hasSensitiveConsent()).isFalse();
        assertThat(details.maskedResidentId()).isEmpty();
        assertThat(details.contactPreference()).isEqualTo(ContactPreference.IN_PERSON);
        assertThat(details.graduationYear()).as("only asked for 大专/大学").isNull();
    }

    @Test
    void saving_an_id_number_that_is_on_another_record_answers_as_any_other_save() {
        var first = accounts.applicant("李明");
        var id = TestPeople.uniqueResidentId();
        TestAccounts.signIn(first);
        profiles.saveOwnProfile(withConsent("李明", id, DisabilityCategory.PHYSICAL, 3));
        TestAccounts.signIn(accounts.applicant("冒名"));

        // Refusing would tell any account that someone with this number has a profile, i.e. a disability.
        assertThat(profiles.saveOwnProfile(withConsent("冒名", id, DisabilityCategory.PHYSICAL, 3)))
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(profiles.ownProfile().orElseThrow().maskedResidentId()).isEqualTo(id.masked());
        assertThat(jdbc.sql("select count(*) from profile_person where resident_id_index = "
                + "(select resident_id_index from profile_person where own_account_id = ?)")
                .param(first.accountId()).query(Integer.class).single()).as("both records, for staff to resolve")
                .isEqualTo(2);
    }

    @Test
    void deleting_removes_the_sensitive_data_and_the_consent_at_once_and_says_so() {
        var me = accounts.applicant("李明");
        var personId = testPeople.self(me).personId();
        TestAccounts.signIn(me);

        assertThat(profiles.deleteSensitiveData()).isTrue();

        var row = jdbc.sql("select resident_id_encrypted, resident_id_index, certificate_encrypted, "
                + "support_needs, sensitive_consent_at, name from profile_person where id = ?")
                .param(personId).query().singleRow();
        assertThat(row.get("resident_id_encrypted")).isNull();
        assertThat(row.get("resident_id_index")).isNull();
        assertThat(row.get("certificate_encrypted")).isNull();
        assertThat(row.get("support_needs")).isEqualTo("");
        assertThat(row.get("sensitive_consent_at")).isNull();
        assertThat(row.get("name")).isEqualTo("李明");
        assertThat(events.stream(SensitiveDataDeleted.class)).containsExactly(new SensitiveDataDeleted(personId));
    }

    @Test
    void the_own_person_comes_first_then_the_people_helped() {
        var daughter = accounts.applicant("王芳");
        var own = testPeople.self(daughter);
        var father = testPeople.helpedBy(daughter, Relationship.DAUGHTER, true);
        var aunt = testPeople.helpedBy(daughter, Relationship.OTHER_RELATIVE, false);
        TestAccounts.signIn(daughter);

        assertThat(profiles.peopleICanApplyFor()).extracting(PersonSummary::personId)
                .containsExactly(own.personId(), father.personId(), aunt.personId());
        assertThat(profiles.peopleICanApplyFor().get(2).consent()).isEqualTo(ConsentState.AWAITING);
        assertThat(profiles.ownPersonId()).contains(own.personId());
    }

    @Test
    void who_may_submit_depends_on_consent() {
        var daughter = accounts.applicant("王芳");
        var father = testPeople.helpedBy(daughter, Relationship.DAUGHTER, true);
        var aunt = testPeople.helpedBy(daughter, Relationship.OTHER_RELATIVE, false);
        var own = testPeople.self(daughter);
        TestAccounts.signIn(daughter);

        assertThat(profiles.submitPermission(own.personId())).isEqualTo(new SubmitPermission.Self());
        assertThat(profiles.submitPermission(father.personId()))
                .isEqualTo(new SubmitPermission.Helper(Relationship.DAUGHTER, "王芳"));
        assertThat(profiles.submitPermission(aunt.personId()))
                .isEqualTo(new SubmitPermission.AwaitingConsent(Relationship.OTHER_RELATIVE));
    }

    @Test
    void another_applicant_sees_nothing_of_a_person_by_id() {
        var person = testPeople.self(accounts.applicant("李明"));
        TestAccounts.signIn(accounts.applicant("陌生人"));

        assertNothingRevealed(person.personId());
    }

    @Test
    void a_withdrawn_helper_sees_nothing_any_more() {
        var father = accounts.applicant("王建国");
        var person = testPeople.self(father);
        var son = accounts.applicant("王强");
        testPeople.addHelper(person.personId(), son, Relationship.SON, true);
        TestAccounts.signIn(son);
        assertThat(profiles.find(person.personId())).isPresent();

        testPeople.withdraw(father, son);

        assertNothingRevealed(person.personId());
        assertThat(profiles.accountsToNotify(person.personId())).containsExactly(father.accountId());
    }

    @Test
    void signed_out_visitors_and_staff_see_nobody() {
        var person = testPeople.self(accounts.applicant("李明"));

        TestAccounts.signOut();
        assertNothingRevealed(person.personId());
        assertThat(profiles.ownPersonId()).isEmpty();

        TestAccounts.signIn(accounts.create("工作人员", Role.CASEWORKER));
        assertNothingRevealed(person.personId());
        assertThatThrownBy(() -> profiles.saveOwnProfile(withConsent("x", TestPeople.uniqueResidentId(),
                DisabilityCategory.VISUAL, 1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_person_and_every_helper_they_agreed_to_are_notified_but_not_a_helper_still_waiting() {
        var father = accounts.applicant("王建国");
        var person = testPeople.self(father);
        var daughter = accounts.applicant("王芳");
        var worker = accounts.applicant("村残协张");
        var son = accounts.applicant("王强");
        testPeople.addHelper(person.personId(), daughter, Relationship.DAUGHTER, true);
        testPeople.addHelper(person.personId(), worker, Relationship.VILLAGE_WORKER, true);
        testPeople.addHelper(person.personId(), son, Relationship.SON, false);

        assertThat(profiles.accountsToNotify(person.personId()))
                .containsExactly(father.accountId(), daughter.accountId(), worker.accountId());
    }

    private void assertNothingRevealed(long personId) {
        assertThat(profiles.find(personId)).isEmpty();
        assertThat(profiles.facts(personId)).isEmpty();
        assertThat(profiles.submitPermission(personId)).isEqualTo(new SubmitPermission.None());
        assertThat(profiles.peopleICanApplyFor()).extracting(PersonSummary::personId).doesNotContain(personId);
    }
}
