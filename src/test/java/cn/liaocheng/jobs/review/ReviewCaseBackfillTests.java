package cn.liaocheng.jobs.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.shared.County;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applications sent before V0110 reach the queue at the next start, in the state they are in. */
@SpringBootTest
class ReviewCaseBackfillTests {

    @Autowired ReviewCaseBackfill backfill;
    @Autowired TestSubmissions submissions;
    @Autowired TestAccounts accounts;
    @Autowired ReviewService review;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** As the database was before V0110: the application sent, no queue row. */
    private void forgetCase(long applicationId) {
        jdbc.sql("delete from review_case where application_id = :id").param("id", applicationId).update();
    }

    @Test
    void a_sent_application_without_a_queue_row_gets_one_with_its_county_reference_and_status_and_only_once() {
        var submitted = submissions.course("王芳");
        forgetCase(submitted.applicationId());
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        TestAccounts.signIn(caseworker);
        assertThat(review.findByReference(submitted.reference())).isEmpty();

        backfill.run(new DefaultApplicationArguments());
        backfill.run(new DefaultApplicationArguments());

        var found = review.findByReference(submitted.reference()).orElseThrow();
        assertThat(found.applicationId()).isEqualTo(submitted.applicationId());
        assertThat(found.county()).isEqualTo(County.SHENXIAN);
        assertThat(found.township()).isEqualTo("燕店镇");
        assertThat(found.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(found.applicantName()).isEqualTo("王芳");
        assertThat(jdbc.sql("select count(*) from review_case where application_id = :id")
                .param("id", submitted.applicationId()).query(Long.class).single()).isEqualTo(1);
        // And staff can act on it as on any other.
        int version = review.open(submitted.applicationId()).reviewCase().version();
        assertThat(review.startReview(submitted.applicationId(), version)).isInstanceOf(ReviewOutcome.Done.class);
    }

    @Test
    void an_application_decided_before_the_queue_keeps_its_decision() {
        var submitted = submissions.course("李明");
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        int version = review.open(submitted.applicationId()).reviewCase().version();
        review.startReview(submitted.applicationId(), version);
        forgetCase(submitted.applicationId());

        backfill.run(new DefaultApplicationArguments());

        assertThat(review.findByReference(submitted.reference()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.IN_REVIEW);
    }
}
