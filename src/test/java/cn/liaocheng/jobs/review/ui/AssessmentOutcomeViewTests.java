package cn.liaocheng.jobs.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.recommendations.TestAssessments;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shell.ErrorSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The 办结 of a 职业能力评估 on the staff page: what the assessment found is ticked there, the problems are in the error
 * summary and at the groups, and once recorded the page shows what the person sees on 为您推荐.
 */
@SpringBootTest
class AssessmentOutcomeViewTests extends SpringBrowserlessTest {

    @Autowired TestAssessments assessments;
    @Autowired TestSubmissions submissions;
    @Autowired TestAccounts accounts;
    @Autowired cn.liaocheng.jobs.review.ReviewService review;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Object> group(String id) {
        return (CheckboxGroup<Object>) $(CheckboxGroup.class).id(id);
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void missing_findings_are_listed_in_the_error_summary_and_at_the_groups_and_nothing_changes() {
        var approved = assessments.approved("黄立新");
        TestAccounts.signIn(assessments.shenxianCaseworker());
        navigate("staff/applications/" + approved.applicationId(), ReviewApplicationView.class);

        assertThat(group("assessment-abilities").getLabel()).isEqualTo("评估显示擅长的能力");
        assertThat(group("assessment-support").getValue()).as("from the person's profile")
                .containsExactly(SupportNeed.STEP_FREE);
        test($(Button.class).id("action-complete")).click();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly(
                "请至少勾选一项评估显示的能力或本人的兴趣", "请至少勾选一个建议的就业方向");
        assertThat(group("assessment-abilities").isInvalid()).isTrue();
        assertThat(group("assessment-directions").getErrorMessage()).isEqualTo("请至少勾选一个建议的就业方向");
        assertThat(text("review-status")).isEqualTo("当前状态：已通过");
    }

    @Test
    void the_recorded_findings_and_the_matching_offers_are_on_the_staff_page() {
        var course = assessments.massageCourse();
        var approved = assessments.approved("黄立新");
        TestAccounts.signIn(assessments.shenxianCaseworker());
        navigate("staff/applications/" + approved.applicationId(), ReviewApplicationView.class);

        test(group("assessment-abilities")).selectItem("按摩推拿");
        test(group("assessment-support")).selectItems("手语翻译", "盲文或大字材料");
        test(group("assessment-directions")).selectItem("参加培训");
        test($(Button.class).id("action-complete")).click();

        assertThat(text("review-status")).isEqualTo("当前状态：已完成");
        assertThat($(CheckboxGroup.class).exists()).as("recorded once, at 办结").isFalse();
        assertThat(text("staff-recommendations-said")).contains("评估结果", "按摩推拿", "参加培训");
        var link = $(Anchor.class).withText(course.title().zh()).single();
        assertThat(link.getHref()).isEqualTo("offers/" + course.slug());
        assertThat(text("staff-recommendations-list")).contains("因为评估显示您擅长按摩推拿", "因为评估建议您参加培训");
    }

    @Test
    void a_course_is_completed_without_assessment_findings() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(assessments.shenxianCaseworker());
        long id = submitted.applicationId();
        review.startReview(id, review.open(id).reviewCase().version());
        review.approve(id, review.open(id).reviewCase().version());
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);

        assertThat($(Button.class).id("action-complete").isVisible()).isTrue();
        assertThat($(CheckboxGroup.class).exists()).isFalse();
        assertThat($(Component.class).withId("staff-recommendations-said").exists()).isFalse();
    }
}
