package cn.liaocheng.jobs.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationNotFoundException;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.StatusChange;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.review.QueueFilter.QueueState;
import cn.liaocheng.jobs.review.TestSubmissions.Submitted;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what in review, by role and county, and what each action leaves in the record and the audit trail. */
@SpringBootTest
class ReviewServiceTests {

    @Autowired ReviewService review;
    @Autowired ApplicationService applications;
    @Autowired TestSubmissions submissions;
    @Autowired TestAccounts accounts;
    @Autowired AuditTrail audit;
    @Autowired TestOffers offers;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private PortalUser shenxian() {
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        TestAccounts.signIn(caseworker);
        return caseworker;
    }

    private int version(long id) {
        return review.open(id).reviewCase().version();
    }

    private List<String> queueReferences(QueueFilter filter) {
        var references = new java.util.ArrayList<String>();
        for (int page = 0; ; page++) {
            var found = review.queue(filter, page);
            found.rows().forEach(row -> references.add(row.reviewCase().reference()));
            if (page + 1 >= found.pages()) {
                return references;
            }
        }
    }

    @Test
    void a_submitted_application_is_in_its_county_queue_with_the_county_from_the_profile() {
        var submitted = submissions.course("王芳");
        shenxian();

        var found = review.queue(new QueueFilter(QueueState.SUBMITTED, null, null, "燕店镇", null, false), 0);

        assertThat(queueReferences(QueueFilter.none())).contains(submitted.reference());
        var row = found.rows().stream().filter(r -> r.reviewCase().reference().equals(submitted.reference()))
                .findFirst().orElseThrow();
        assertThat(row.reviewCase().county()).isEqualTo(County.SHENXIAN);
        assertThat(row.workingDaysWaiting()).isZero();
        assertThat(row.overdue()).isFalse();
        assertThat(found.counts().get(QueueState.SUBMITTED)).isPositive();
        assertThat(queueReferences(new QueueFilter(QueueState.DECIDED, null, null, null, null, null)))
                .doesNotContain(submitted.reference());
        assertThat(queueReferences(new QueueFilter(null, null, null, null, null, true)))
                .doesNotContain(submitted.reference());
    }

    @Test
    void a_donge_caseworker_gets_not_found_for_a_shenxian_application_and_never_sees_it_in_the_queue() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.caseworker("东阿县 李老师", County.DONGE));
        long id = submitted.applicationId();

        assertThat(queueReferences(QueueFilter.none())).doesNotContain(submitted.reference());
        assertThat(review.queue(QueueFilter.none(), 0).rows()).allMatch(r -> r.reviewCase().county() == County.DONGE);
        assertNotFoundEverywhere(id);
        shenxian();
        assertThat(review.open(id).reviewCase().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_county_administrator_works_in_their_own_county_only() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 赵主任", County.DONGE));
        assertThat(queueReferences(QueueFilter.none())).doesNotContain(submitted.reference());
        assertNotFoundEverywhere(submitted.applicationId());

        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        assertThat(queueReferences(QueueFilter.none())).contains(submitted.reference());
        assertThat(review.open(submitted.applicationId()).reviewCase().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void an_administrator_sees_and_acts_in_every_county() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        long id = submitted.applicationId();

        assertThat(queueReferences(QueueFilter.none())).contains(submitted.reference());
        assertThat(review.startReview(id, version(id))).isInstanceOf(ReviewOutcome.Done.class);
        assertThat(review.approve(id, version(id))).isInstanceOf(ReviewOutcome.Done.class);
    }

    @Test
    void loan_officers_and_applicants_are_refused_on_every_review_method() {
        var submitted = submissions.course("王芳");
        for (var user : List.of(accounts.create("农行 王经理", Role.LOAN_OFFICER), submitted.applicant())) {
            TestAccounts.signIn(user);
            assertThatThrownBy(() -> review.queue(QueueFilter.none(), 0)).isInstanceOf(AccessDeniedException.class);
            assertNotFoundEverywhere(submitted.applicationId());
        }
        TestAccounts.signOut();
        shenxian();
        assertThat(review.open(submitted.applicationId()).auditTrail()).extracting(AuditEntry::action)
                .containsExactly(AuditedAction.APPLICATION_OPENED);
    }

    private void assertNotFoundEverywhere(long id) {
        List<Consumer<Long>> calls = List.of(review::open, review::revealResidentId,
                i -> review.document(i, UUID.randomUUID()), i -> review.openDocument(i, UUID.randomUUID()),
                i -> review.startReview(i, 0), i -> review.requestMoreInformation(i, 0, "请补充残疾人证照片"),
                i -> review.approve(i, 0), i -> review.reject(i, 0, RejectionReason.OTHER, "不符合", "其他"),
                i -> review.complete(i, 0, new Outcome.Training(true, true, null)),
                i -> review.assignToMe(i, 0), i -> review.reassign(i, 0, 1L), review::caseworkersFor);
        for (var call : calls) {
            assertThatThrownBy(() -> call.accept(id)).isInstanceOf(ApplicationNotFoundException.class);
        }
    }

    @Test
    void more_information_and_rejection_need_words_for_the_applicant_and_completion_a_full_outcome() {
        long id = submissions.course("王芳").applicationId();
        shenxian();
        int v = version(id);

        assertThat(review.requestMoreInformation(id, v, "  ")).isEqualTo(invalid("message",
                "review.more-info.message.missing"));
        assertThat(review.reject(id, v, null, null, "")).isEqualTo(invalid("reason", "review.reject.reason.missing"));
        assertThat(review.reject(id, v, RejectionReason.OTHER, " ", "其他"))
                .isEqualTo(invalid("explanation", "review.reject.explanation.missing"));
        review.startReview(id, v);
        review.approve(id, version(id));
        v = version(id);
        assertThat(review.complete(id, v, new Outcome.Loan(1000, "农业银行", LocalDate.now())))
                .isEqualTo(invalid("kind", "review.outcome.kind.wrong"));
        assertThat(review.complete(id, v, new Outcome.Training(false, true, null)))
                .isEqualTo(invalid("enrolled", "review.outcome.enrolled.needed"));
        assertThat(review.open(id).reviewCase().status()).isEqualTo(ApplicationStatus.APPROVED);

        assertThat(review.complete(id, version(id), new Outcome.Training(true, true, "中式面点师（初级）")))
                .isInstanceOf(ReviewOutcome.Done.class);
        var opened = review.open(id);
        assertThat(opened.reviewCase().status()).isEqualTo(ApplicationStatus.COMPLETED);
        assertThat(opened.outcome()).isEqualTo(new Outcome.Training(true, true, "中式面点师（初级）"));
    }

    @Test
    void a_loan_outcome_needs_amount_bank_and_a_date_not_in_the_future() {
        long id = submissions.loan("赵强").applicationId();
        shenxian();
        review.startReview(id, version(id));
        review.approve(id, version(id));

        var refused = review.complete(id, version(id), new Outcome.Loan(null, " ", LocalDate.now().plusDays(3)));

        assertThat(((ReviewOutcome.Invalid) refused).problems()).extracting(ReviewOutcome.Problem::field)
                .containsExactly("amount", "bank", "grantedOn");
        assertThat(review.complete(id, version(id), new Outcome.Loan(50_000, "农业银行莘县支行", LocalDate.now())))
                .isInstanceOf(ReviewOutcome.Done.class);
        assertThat(review.open(id).outcome()).isEqualTo(new Outcome.Loan(50_000, "农业银行莘县支行", LocalDate.now()));
    }

    @Test
    void an_employment_outcome_needs_employer_start_kind_and_social_insurance_and_keeps_them() {
        var offer = offers.offer("公益性岗位 " + TestOffers.uniqueToken())
                .subtype(cn.liaocheng.jobs.catalogue.OfferSubtype.PUBLIC_WELFARE_POST).save();
        long id = submissions.of("钱进", offer, null).applicationId();
        shenxian();
        review.startReview(id, version(id));
        review.approve(id, version(id));

        var refused = review.complete(id, version(id), new Outcome.Employment(true, " ", null, null, null));
        var employed = new Outcome.Employment(true, "莘县社区服务中心", LocalDate.of(2026, 3, 1),
                EmploymentKind.PUBLIC_WELFARE_POST, SocialInsurance.UNKNOWN);

        assertThat(((ReviewOutcome.Invalid) refused).problems()).extracting(ReviewOutcome.Problem::field)
                .containsExactly("employer", "startDate", "employmentKind", "socialInsurance");
        assertThat(review.complete(id, version(id), employed)).isInstanceOf(ReviewOutcome.Done.class);
        assertThat(review.open(id).outcome()).isEqualTo(employed);
    }

    @Test
    void the_applicant_answers_more_information_in_the_same_application_and_it_returns_to_review() {
        var submitted = submissions.course("王芳");
        long id = submitted.applicationId();
        shenxian();
        review.startReview(id, version(id));
        review.requestMoreInformation(id, version(id), "请上传残疾人证照片");
        TestAccounts.signOut();

        TestAccounts.signIn(submitted.applicant());
        assertThat(applications.history(id)).extracting(StatusChange::to, StatusChange::reason).contains(
                org.assertj.core.groups.Tuple.tuple(ApplicationStatus.MORE_INFO_NEEDED, "请上传残疾人证照片"));
        assertThat(applications.notifications()).extracting(n -> n.status())
                .contains(ApplicationStatus.IN_REVIEW, ApplicationStatus.MORE_INFO_NEEDED);
        submissions.resubmit(submitted);

        shenxian();
        assertThat(review.open(id).reviewCase().status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(review.reject(id, version(id), RejectionReason.NO_PLACES_LEFT, "下期培训请再报名", "名额已满"))
                .isInstanceOf(ReviewOutcome.Done.class);
        TestAccounts.signIn(submitted.applicant());
        assertThat(applications.history(id).getLast().reason()).isEqualTo("名额已满：下期培训请再报名");
    }

    @Test
    void the_audit_trail_has_one_row_for_each_action_and_each_sensitive_view() {
        var submitted = submissions.course("王芳");
        long id = submitted.applicationId();
        var caseworker = shenxian();

        int v = version(id);                                      // APPLICATION_OPENED
        review.assignToMe(id, v);                                 // ASSIGNED
        review.startReview(id, v + 1);                            // REVIEW_STARTED
        assertThat(review.revealResidentId(id)).hasValueSatisfying(n -> assertThat(n).hasSize(18)); // ID_NUMBER_REVEALED
        review.requestMoreInformation(id, version(id), "请补充照片"); // APPLICATION_OPENED, MORE_INFORMATION_REQUESTED
        submissions.resubmit(submitted);
        TestAccounts.signIn(caseworker);
        review.approve(id, version(id));                          // APPLICATION_OPENED, APPROVED
        review.complete(id, version(id), new Outcome.Training(true, false, null)); // APPLICATION_OPENED, COMPLETED

        assertThat(audit.forApplication(id)).extracting(AuditEntry::action).containsExactly(
                AuditedAction.APPLICATION_OPENED, AuditedAction.ASSIGNED, AuditedAction.REVIEW_STARTED,
                AuditedAction.ID_NUMBER_REVEALED, AuditedAction.APPLICATION_OPENED,
                AuditedAction.MORE_INFORMATION_REQUESTED, AuditedAction.APPLICATION_OPENED, AuditedAction.APPROVED,
                AuditedAction.APPLICATION_OPENED, AuditedAction.COMPLETED);
        assertThat(audit.forApplication(id)).allMatch(e -> e.actorAccountId() == caseworker.accountId())
                .noneMatch(e -> e.detail().contains("照片"));
    }

    @Test
    void the_second_of_two_staff_acting_at_once_gets_the_current_state_and_changes_nothing() {
        long id = submissions.course("王芳").applicationId();
        var first = shenxian();
        int seen = version(id);
        var second = accounts.caseworker("莘县 刘老师", County.SHENXIAN);

        TestAccounts.signIn(first);
        assertThat(review.startReview(id, seen)).isInstanceOf(ReviewOutcome.Done.class);
        TestAccounts.signIn(second);
        var late = review.reject(id, seen, RejectionReason.NO_PLACES_LEFT, null, "名额已满");

        assertThat(late).isInstanceOfSatisfying(ReviewOutcome.Conflict.class,
                conflict -> assertThat(conflict.now().status()).isEqualTo(ApplicationStatus.IN_REVIEW));
        assertThat(review.assignToMe(id, seen)).isInstanceOf(ReviewOutcome.Conflict.class);
        assertThat(review.open(id).history()).extracting(StatusChange::to)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW);
    }

    @Test
    void an_administrator_reassigns_only_to_a_caseworker_of_the_applications_county() {
        long id = submissions.course("王芳").applicationId();
        var shenxianCaseworker = accounts.caseworker("莘县 刘老师", County.SHENXIAN);
        var dongeCaseworker = accounts.caseworker("东阿县 李老师", County.DONGE);
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        assertThat(review.caseworkersFor(id)).extracting(a -> a.accountId())
                .contains(shenxianCaseworker.accountId()).doesNotContain(dongeCaseworker.accountId());
        assertThat(review.reassign(id, version(id), dongeCaseworker.accountId()))
                .isEqualTo(invalid("caseworker", "review.assign.caseworker.missing"));
        assertThat(review.reassign(id, version(id), shenxianCaseworker.accountId()))
                .isInstanceOfSatisfying(ReviewOutcome.Done.class,
                        done -> assertThat(done.now().assignedName()).isEqualTo("莘县 刘老师"));
        TestAccounts.signIn(shenxianCaseworker);
        assertThatThrownBy(() -> review.reassign(id, 0, shenxianCaseworker.accountId()))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    private static ReviewOutcome invalid(String field, String key) {
        return new ReviewOutcome.Invalid(List.of(new ReviewOutcome.Problem(field, key)));
    }
}
