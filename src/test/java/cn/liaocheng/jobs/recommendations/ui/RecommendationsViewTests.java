package cn.liaocheng.jobs.recommendations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.recommendations.TestAssessments;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 为您推荐 as the person, a helper and outsiders meet it: the list with its reasons, the empty state, not-found. */
@SpringBootTest
class RecommendationsViewTests extends SpringBrowserlessTest {

    @Autowired TestAssessments assessments;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    void the_person_sees_what_the_assessment_said_and_each_offer_with_its_reasons() {
        var course = assessments.massageCourse();
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        TestAccounts.signIn(finished.applicant());

        navigate(RecommendationsView.class);

        assertThat(heading()).isEqualTo("为您推荐");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("为您推荐 - 聊城残疾人就业服务");
        assertThat($(H2.class).all()).extracting(H2::getText).startsWith("评估结果", "推荐的培训和岗位");
        assertThat(text("recommendations-said")).contains("擅长的能力", "按摩推拿", "感兴趣的方向", "语言沟通",
                "需要的支持", "手语翻译", "建议的方向", "参加培训");
        var link = $(Anchor.class).withText(course.title().zh()).single();
        assertThat(link.getHref()).isEqualTo("offers/" + course.slug());
        var card = link.getParent().orElseThrow().getParent().orElseThrow().getElement().getTextRecursively();
        assertThat(card).contains("推荐理由：", "因为评估显示您擅长按摩推拿", "因为评估建议您参加培训",
                "此项提供盲文或大字材料", "此项提供手语翻译", "就在莘县");
        assertThat($(Component.class).withId("recommendations-empty").exists()).isFalse();
    }

    @Test
    void before_an_assessment_the_page_says_what_it_is_and_links_to_applying_for_one() {
        var submitted = assessments.submitted("黄立新");
        TestAccounts.signIn(submitted.applicant());

        navigate(RecommendationsView.class);

        assertThat(heading()).isEqualTo("为您推荐");
        assertThat(text("recommendations-empty")).contains("还没有评估结果", "职业能力评估由残联的评估人员");
        var apply = $(Anchor.class).id("recommendations-apply");
        assertThat(apply.getText()).isEqualTo("申请职业能力评估");
        assertThat(apply.getHref()).isEqualTo("courses?type=assessment&open=1");
    }

    @Test
    void my_applications_links_to_the_recommendations() {
        var submitted = assessments.submitted("黄立新");
        TestAccounts.signIn(submitted.applicant());

        navigate("applications", Component.class);

        var link = $(Anchor.class).id("my-recommendations");
        assertThat(link.getHref()).isEqualTo("recommendations");
        assertThat(link.getText()).startsWith("为您推荐");
    }

    @Test
    void the_finished_assessment_application_links_to_the_recommendations_and_an_open_one_does_not() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        var open = assessments.submitted("黄立新");
        TestAccounts.signIn(finished.applicant());

        navigate("applications/" + finished.applicationId(), Component.class);
        var link = $(Anchor.class).id("assessment-recommendations");
        assertThat(link.getHref()).isEqualTo("recommendations/" + finished.personId());
        assertThat(link.getText()).isEqualTo("查看为您推荐的培训和岗位");

        TestAccounts.signIn(open.applicant());
        navigate("applications/" + open.applicationId(), Component.class);
        assertThat($(Anchor.class).withId("assessment-recommendations").exists()).isFalse();
    }

    @Test
    void a_consented_helper_sees_the_persons_recommendations_under_the_persons_name() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        var daughter = accounts.applicant("黄小红");
        people.self(daughter);
        people.addHelper(finished.personId(), daughter, Relationship.DAUGHTER, true);
        TestAccounts.signIn(daughter);

        navigate(RecommendationsView.class);
        assertThat(text("recommendations-others")).contains("为黄立新推荐");
        navigate("recommendations/" + finished.personId(), RecommendationsView.class);

        assertThat(heading()).isEqualTo("为黄立新推荐");
        assertThat(text("recommendations-said")).contains("按摩推拿");
        assertThat(text("recommendations-others")).contains("为您本人推荐");
    }

    @Test
    void a_stranger_a_helper_before_consent_and_a_withdrawn_helper_get_the_not_found_page() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);

        for (var outsider : assessments.outsidersOf(finished.personId())) {
            TestAccounts.signIn(outsider);
            navigate("recommendations/" + finished.personId(), Component.class);
            assertThat($(RecommendationsView.class).exists()).isFalse();
            assertThat(heading()).as(outsider.displayName()).isEqualTo("找不到这个页面");
        }
        navigate("recommendations/abc", Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
    }

    @Test
    void staff_do_not_get_the_persons_page() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        TestAccounts.signIn(assessments.shenxianCaseworker());

        navigate("recommendations/" + finished.personId(), Component.class);

        assertThat($(RecommendationsView.class).exists()).isFalse();
    }
}
