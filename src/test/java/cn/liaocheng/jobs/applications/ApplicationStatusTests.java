package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Status changes by staff: allowed moves, reasons, history and notifications to the person and their helpers. */
@SpringBootTest
class ApplicationStatusTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired ProfileService profiles;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @ParameterizedTest
    @CsvSource({"SUBMITTED,IN_REVIEW,true", "SUBMITTED,APPROVED,false", "IN_REVIEW,APPROVED,true",
            "IN_REVIEW,MORE_INFO_NEEDED,true", "MORE_INFO_NEEDED,IN_REVIEW,true", "APPROVED,COMPLETED,true",
            "REJECTED,IN_REVIEW,false", "DRAFT,SUBMITTED,false", "COMPLETED,APPROVED,false"})
    void only_the_moves_of_the_process_are_allowed(ApplicationStatus from, ApplicationStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    /** The person has their own account and a daughter helping; the daughter submits for him. */
    private record Family(PortalUser person, PortalUser daughter, long applicationId) {
    }

    private Family submittedByDaughter() {
        var person = accounts.applicant("王建国");
        people.self(person);
        TestAccounts.signIn(person);
        long personId = profiles.ownPersonId().orElseThrow();
        var daughter = accounts.applicant("王芳");
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = drafts.completeDraft(daughter, personId, offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        return new Family(person, daughter, id);
    }

    private void signInAsStaff() {
        TestAccounts.signIn(accounts.create("县残联 刘老师", Role.CASEWORKER));
    }

    @Test
    void staff_move_an_application_on_and_each_change_is_kept_in_its_history() {
        var family = submittedByDaughter();
        signInAsStaff();

        assertThat(applications.changeStatus(family.applicationId(), ApplicationStatus.IN_REVIEW, null))
                .isEqualTo(new StatusChangeOutcome.Changed(ApplicationStatus.IN_REVIEW));
        assertThat(applications.changeStatus(family.applicationId(), ApplicationStatus.MORE_INFO_NEEDED,
                "请补充营业执照照片")).isInstanceOf(StatusChangeOutcome.Changed.class);

        TestAccounts.signIn(family.person());
        assertThat(applications.history(family.applicationId()))
                .extracting(StatusChange::from, StatusChange::to, StatusChange::reason)
                .containsExactly(tuple(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, null),
                        tuple(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW, null),
                        tuple(ApplicationStatus.IN_REVIEW, ApplicationStatus.MORE_INFO_NEEDED, "请补充营业执照照片"));
    }

    @Test
    void a_rejection_needs_a_reason() {
        var family = submittedByDaughter();
        signInAsStaff();

        assertThat(applications.changeStatus(family.applicationId(), ApplicationStatus.REJECTED, "  "))
                .isInstanceOf(StatusChangeOutcome.ReasonRequired.class);
        assertThat(applications.changeStatus(family.applicationId(), ApplicationStatus.REJECTED, "名额已满"))
                .isInstanceOf(StatusChangeOutcome.Changed.class);
        assertThat(applications.changeStatus(family.applicationId(), ApplicationStatus.APPROVED, null))
                .isEqualTo(new StatusChangeOutcome.NotAllowed(ApplicationStatus.REJECTED));
    }

    @Test
    void the_person_hears_in_the_portal_that_their_helper_submitted_for_them_but_the_helper_is_not_told_twice() {
        var family = submittedByDaughter();

        TestAccounts.signIn(family.person());
        assertThat(applications.notifications()).extracting(Notification::applicationId, Notification::status)
                .containsExactly(tuple(family.applicationId(), ApplicationStatus.SUBMITTED));
        TestAccounts.signIn(family.daughter());
        assertThat(applications.notifications()).isEmpty();
    }

    @Test
    void the_person_and_their_helper_are_both_notified_in_the_portal() {
        var family = submittedByDaughter();
        TestAccounts.signIn(family.person());
        applications.markNotificationsRead();
        signInAsStaff();
        applications.changeStatus(family.applicationId(), ApplicationStatus.IN_REVIEW, null);

        TestAccounts.signIn(family.person());
        assertThat(applications.notifications()).extracting(Notification::status, Notification::read)
                .containsExactly(tuple(ApplicationStatus.IN_REVIEW, false), tuple(ApplicationStatus.SUBMITTED, true));
        TestAccounts.signIn(family.daughter());
        assertThat(applications.notifications()).extracting(Notification::applicationId, Notification::status,
                Notification::read).containsExactly(tuple(family.applicationId(), ApplicationStatus.IN_REVIEW, false));
        applications.markNotificationsRead();
        assertThat(applications.notifications()).extracting(Notification::read).containsExactly(true);
        TestAccounts.signIn(family.person());
        assertThat(applications.notifications()).extracting(Notification::read).containsExactly(false, true);
    }

    @Test
    void after_more_information_is_asked_the_applicant_answers_in_the_same_application_and_sends_it_again() {
        var family = submittedByDaughter();
        long id = family.applicationId();
        TestAccounts.signIn(family.daughter());
        var reference = applications.find(id).orElseThrow().application().reference();
        assertThat(applications.save(id, drafts.version(id), "goal", Answers.none().with("training-goal", "OTHER")))
                .isInstanceOf(SaveOutcome.NotADraft.class);
        signInAsStaff();
        applications.changeStatus(id, ApplicationStatus.IN_REVIEW, null);
        applications.changeStatus(id, ApplicationStatus.MORE_INFO_NEEDED, "请说明学完以后的打算");

        TestAccounts.signIn(family.daughter());
        assertThat(applications.save(id, drafts.version(id), "goal", Answers.none().with("training-goal", "OTHER")))
                .isInstanceOf(SaveOutcome.Saved.class);
        int version = drafts.version(id);
        assertThat(applications.submit(id, version)).isEqualTo(new SubmitOutcome.Submitted(reference));
        assertThat(applications.submit(id, version)).isEqualTo(new SubmitOutcome.AlreadySubmitted(reference));

        var application = applications.find(id).orElseThrow().application();
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(application.answers().text("training-goal")).isEqualTo("OTHER");
        assertThat(applications.history(id)).last().extracting(StatusChange::from, StatusChange::to)
                .containsExactly(ApplicationStatus.MORE_INFO_NEEDED, ApplicationStatus.IN_REVIEW);
    }

    @Test
    void applicants_loan_officers_and_signed_out_visitors_cannot_change_a_status() {
        var family = submittedByDaughter();

        TestAccounts.signIn(family.person());
        assertThatThrownBy(() -> applications.changeStatus(family.applicationId(), ApplicationStatus.APPROVED, null))
                .isInstanceOf(ApplicationNotFoundException.class);
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        assertThatThrownBy(() -> applications.changeStatus(family.applicationId(), ApplicationStatus.IN_REVIEW, null))
                .as("the bank records its answers elsewhere").isInstanceOf(ApplicationNotFoundException.class);
        // Method security refuses anonymous visitors; the portal's filters make every signed-out visitor one.
        TestAccounts.browseSignedOut();
        assertThatThrownBy(() -> applications.changeStatus(family.applicationId(), ApplicationStatus.APPROVED, null))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.notifications()).isEmpty();
        TestAccounts.signIn(family.person());
        assertThat(applications.history(family.applicationId())).hasSize(1);
    }

    @Test
    void a_city_administrator_may_move_an_application_on_too() {
        var family = submittedByDaughter();
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        assertThat(applications.changeStatus(family.applicationId(), ApplicationStatus.IN_REVIEW, null))
                .isEqualTo(new StatusChangeOutcome.Changed(ApplicationStatus.IN_REVIEW));
    }
}
