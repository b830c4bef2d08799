package cn.liaocheng.jobs.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.SampleApplicantAccounts;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.bankreferrals.BankReferral;
import cn.liaocheng.jobs.bankreferrals.BankReferrals;
import cn.liaocheng.jobs.bankreferrals.ReferralStatus;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.QueueFilter;
import cn.liaocheng.jobs.review.ReviewCase;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The sample profile's run: a fresh database, the sample catalogue, the sample staff, then the sample applications. */
@SpringBootTest
@ActiveProfiles("sample")
class SampleApplicationsTests {

    @Autowired SampleApplications loader;
    @Autowired AccountService accounts;
    @Autowired ReviewService review;
    @Autowired BankReferrals bank;
    @Autowired cn.liaocheng.jobs.recommendations.RecommendationService recommendations;
    @Autowired SampleApplicantAccounts applicantAccounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void every_sample_applicant_has_one_application_in_the_expected_county_and_state() {
        var cases = allCases();

        assertThat(cases).hasSize(SampleStories.ALL.size());
        assertThat(cases).allMatch(c -> c.applicantName().endsWith(SampleApplicantAccounts.MARK));
        Map<County, Map<ApplicationStatus, Long>> byCounty = cases.stream().collect(Collectors.groupingBy(
                ReviewCase::county, Collectors.groupingBy(ReviewCase::status, Collectors.counting())));
        assertThat(byCounty).isEqualTo(Map.of(
                County.SHENXIAN, Map.of(ApplicationStatus.SUBMITTED, 1L, ApplicationStatus.IN_REVIEW, 1L,
                        ApplicationStatus.APPROVED, 1L, ApplicationStatus.MORE_INFO_NEEDED, 1L,
                        ApplicationStatus.COMPLETED, 1L),
                County.DONGE, Map.of(ApplicationStatus.COMPLETED, 2L, ApplicationStatus.REJECTED, 1L),
                County.DONGCHANGFU, Map.of(ApplicationStatus.COMPLETED, 3L),
                County.LINQING, Map.of(ApplicationStatus.COMPLETED, 1L, ApplicationStatus.SUBMITTED, 1L)));
    }

    @Test
    void the_application_in_review_is_the_shenxian_caseworkers() {
        var inReview = allCases().stream().filter(c -> c.status() == ApplicationStatus.IN_REVIEW).toList();

        assertThat(inReview).singleElement().extracting(ReviewCase::assignedName).asString().contains("莘县残联");
    }

    @Test
    void the_outcomes_are_structured_training_employment_of_four_kinds_and_a_loan() {
        signIn(SampleApplications.ADMINISTRATOR);
        var outcomes = allCases().stream().filter(c -> c.status() == ApplicationStatus.COMPLETED)
                .map(c -> review.open(c.applicationId()).outcome()).filter(Objects::nonNull).toList();

        assertThat(outcomes).hasSize(7);
        // The course with its certificate, and the 职业能力评估 (a course too) without one.
        assertThat(outcomes).filteredOn(Outcome.Training.class::isInstance)
                .extracting(o -> ((Outcome.Training) o).certificate())
                .containsExactlyInAnyOrder("直播销售员（初级）培训合格证", null);
        assertThat(outcomes).filteredOn(Outcome.Employment.class::isInstance)
                .extracting(o -> ((Outcome.Employment) o).employmentKind())
                .containsExactlyInAnyOrder(EmploymentKind.ASSISTED, EmploymentKind.PUBLIC_WELFARE_POST,
                        EmploymentKind.QUOTA, EmploymentKind.SELF_EMPLOYED);
        assertThat(outcomes).filteredOn(Outcome.Loan.class::isInstance)
                .singleElement().satisfies(o -> assertThat(((Outcome.Loan) o).amountYuan()).isEqualTo(50_000));
    }

    @Test
    void the_bank_has_one_referral_waiting_and_one_paid_out() {
        signIn(SampleApplications.LOAN_OFFICER);

        assertThat(bank.queue()).extracting(BankReferral::county, BankReferral::status)
                .containsExactlyInAnyOrder(tuple(County.SHENXIAN, ReferralStatus.REFERRED),
                        tuple(County.DONGE, ReferralStatus.DISBURSED));
    }

    @Test
    void the_decisions_are_in_the_audit_trail_as_the_staff_members_own() {
        signIn(SampleApplications.DONGE_CASEWORKER);
        var rejected = allCases(SampleApplications.DONGE_CASEWORKER).stream()
                .filter(c -> c.status() == ApplicationStatus.REJECTED).findFirst().orElseThrow();

        assertThat(review.open(rejected.applicationId()).auditTrail())
                .extracting(e -> e.action())
                .contains(AuditedAction.REVIEW_STARTED, AuditedAction.REJECTED)
                .doesNotContain(AuditedAction.APPROVED);
    }

    @Test
    void the_assessed_sample_applicant_sees_recommendations_with_reasons() {
        TestAccounts.signIn(applicantAccounts.find(new cn.liaocheng.jobs.shared.PhoneNumber("13800000113")).orElseThrow());
        var own = recommendations.ownPersonId().orElseThrow();

        var found = recommendations.forPerson(own).orElseThrow().recommendations();

        assertThat(found).isNotNull();
        assertThat(found.matches()).isNotEmpty();
        assertThat(found.matches().getFirst().reasons()).extracting(r -> r.argumentKey())
                .contains("recommendations.ability.massage");
    }

    @Test
    void a_second_run_changes_nothing() throws Exception {
        var before = allCases();

        loader.run(new DefaultApplicationArguments());

        assertThat(allCases()).hasSameSizeAs(before);
    }

    private List<ReviewCase> allCases() {
        return allCases(SampleApplications.ADMINISTRATOR);
    }

    private List<ReviewCase> allCases(cn.liaocheng.jobs.shared.PhoneNumber staff) {
        signIn(staff);
        return review.queue(QueueFilter.none(), 0).rows().stream().map(r -> r.reviewCase()).toList();
    }

    private void signIn(cn.liaocheng.jobs.shared.PhoneNumber phone) {
        TestAccounts.signIn(accounts.findByPhone(phone).orElseThrow());
    }
}
