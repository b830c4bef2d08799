package cn.liaocheng.jobs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.StatusChangeOutcome;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.review.TestSubmissions.Submitted;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An approved course application takes one seat, once; a full course says so on its page and in the lists. */
@SpringBootTest
class CourseSeatsTests {

    @Autowired TestOffers offers;
    @Autowired TestSubmissions submissions;
    @Autowired TestAccounts accounts;
    @Autowired ApplicationService applications;
    @Autowired CatalogueService catalogue;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void approve(Submitted submitted) {
        TestAccounts.signIn(accounts.create("市残联 审核", Role.CITY_ADMINISTRATOR));
        assertThat(applications.changeStatus(submitted.applicationId(), ApplicationStatus.IN_REVIEW, null))
                .isInstanceOf(StatusChangeOutcome.Changed.class);
        assertThat(applications.changeStatus(submitted.applicationId(), ApplicationStatus.APPROVED, null))
                .isInstanceOf(StatusChangeOutcome.Changed.class);
    }

    private Offer reread(Offer offer) {
        return catalogue.findBySlug(offer.slug()).orElseThrow();
    }

    @Test
    void an_approved_application_takes_a_seat_once_and_the_last_seat_makes_the_course_full() {
        var token = TestOffers.uniqueToken();
        var course = offers.offer("两个名额的课程 " + token).seatsLeft(2).save();
        var first = submissions.forOffer("王芳", course);
        var second = submissions.forOffer("李明", course);

        approve(first);
        assertThat(reread(course).seatsLeft()).isEqualTo(1);
        // The same approval handled again (an event delivered twice) takes nothing more.
        assertThat(catalogue.takeSeat(Objects.requireNonNull(course.id()), first.applicationId())).isFalse();
        assertThat(reread(course).seatsLeft()).isEqualTo(1);
        TestAccounts.signOut();

        approve(second);
        assertThat(reread(course).seatsLeft()).isZero();
        assertThat(reread(course).isFull()).isTrue();
        var listed = catalogue.search(new OfferFilter(token, null, null, null, null, false, false), 0, 10).getContent();
        assertThat(listed).singleElement().satisfies(summary -> assertThat(summary.isFull()).isTrue());
    }

    @Test
    void a_full_course_stays_at_zero_and_other_decisions_take_no_seat() {
        var course = offers.offer("一个名额的课程 " + TestOffers.uniqueToken()).seatsLeft(1).save();
        var rejected = submissions.forOffer("张三", course);
        TestAccounts.signIn(accounts.create("市残联 审核", Role.CITY_ADMINISTRATOR));
        applications.changeStatus(rejected.applicationId(), ApplicationStatus.IN_REVIEW, null);
        applications.changeStatus(rejected.applicationId(), ApplicationStatus.REJECTED, "不符合年龄要求");
        assertThat(reread(course).seatsLeft()).isEqualTo(1);
        TestAccounts.signOut();

        approve(submissions.forOffer("李四", course));
        TestAccounts.signOut();
        approve(submissions.forOffer("赵五", course));
        assertThat(reread(course).seatsLeft()).isZero();
    }

    @Test
    void a_loan_has_no_seats_to_take() {
        var loan = offers.offer("贷款 " + TestOffers.uniqueToken())
                .subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(50_000).seatsLeft(null).save();
        approve(submissions.forOffer("钱六", loan));
        assertThat(reread(loan).seatsLeft()).isNull();
    }
}
