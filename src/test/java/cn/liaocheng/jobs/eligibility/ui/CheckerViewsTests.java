package cn.liaocheng.jobs.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.DisplaySettings;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 我能申请什么 page by page: the form engine's fields and errors, the order of pages, the result, prefill, apply. */
@SpringBootTest
class CheckerViewsTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired ApplicationService applications;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private void next() {
        test($(Button.class).id("continue")).click();
    }

    @SuppressWarnings("unchecked")
    private void choose(String questionId, String label) {
        test((RadioButtonGroup<String>) $(RadioButtonGroup.class).id("q-" + questionId)).selectItem(label);
    }

    private void type(String questionId, String text) {
        test($(TextField.class).id("q-" + questionId)).setValue(text);
    }

    @SuppressWarnings("unchecked")
    private void tick(String questionId, String... labels) {
        var group = (CheckboxGroup<String>) $(CheckboxGroup.class).id("q-" + questionId);
        for (var label : labels) {
            test(group).selectItem(label);
        }
    }

    /** A rural wheelchair user in 莘县, 45, who wants to learn a skill and find money for a business. */
    private void answerAsTheRuralWheelchairUser(String forWhom) {
        navigate("check/for", Component.class);
        choose("check-for", forWhom);
        next();
        if (!"为我自己".equals(forWhom) || $(RadioButtonGroup.class).id("q-county").getValue() == null) {
            choose("county", "莘县");
        }
        next();
        type("age", "45");
        next();
        choose("disability-category", "肢体残疾");
        choose("disability-grade", "二级");
        next();
        choose("household", "农村户口");
        next();
        choose("student", "否");
        next();
        choose("current-work", "自己经营，或种地、养殖");
        next();
        tick("wants", "学一门技能", "申请创业或经营的资金");
        next();
    }

    @Test
    void the_start_page_says_what_it_does_that_nothing_is_stored_and_links_to_the_first_question() {
        navigate("check", Component.class);

        assertThat(heading()).isEqualTo("我能申请什么");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("我能申请什么");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("回答 8 个简单的问题"))
                .anyMatch(text -> text.contains("不会保存到网站上"));
        assertThat($(Anchor.class).id("check-start").getHref()).isEqualTo("check/for");
    }

    @Test
    void eight_pages_lead_a_rural_wheelchair_user_in_shenxian_to_farming_training_and_a_startup_loan_with_reasons() {
        var slug = offers.offer(token + " 莘县食用菌种植").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN)
                .save().slug();

        answerAsTheRuralWheelchairUser("为我自己");

        assertThat(heading()).isEqualTo("您可以申请的项目");
        var farming = $(Section.class).id("result-rural-training");
        assertThat($(H3.class, farming).first().getText()).isEqualTo("农村实用技术培训");
        assertThat($(Paragraph.class, farming).all()).extracting(Paragraph::getText)
                .contains("因为您是农村户口，您45岁，在规定的年龄内，您想学一门技能", "牵头单位：市残联、市农业农村局",
                        "要带的材料：残疾人证、身份证、户口本",
                        "依据：《聊城市促进残疾人就业行动实施方案》（六）3 农村困难残疾人实用技术培训");
        var apply = $(Button.class, farming).id("apply-" + slug);
        assertThat(apply.getText()).isEqualTo("在线申请");
        assertThat(apply.getElement().getAttribute("aria-label")).isEqualTo("在线申请：" + token + " 莘县食用菌种植");
        assertThat($(Section.class).withId("result-guaranteed-loan").exists()).isTrue();
        // Working on her own farm: the public-welfare posts are for people without work, and she did not ask for a job.
        assertThat($(Section.class).withId("result-public-welfare-post").exists()).isFalse();
        assertThat($(Section.class).id("your-answers").getElement().getTextRecursively()).contains("莘县", "45", "肢体残疾");
    }

    @Test
    void more_than_three_offers_link_to_the_list_of_the_programmes_kind_in_the_persons_county() {
        for (int i = 0; i < ResultCard.OFFERS_SHOWN + 1; i++) {
            offers.offer(token + " 莘县电商培训" + i).subtype(OfferSubtype.VOCATIONAL).county(County.SHENXIAN).save();
        }

        answerAsTheRuralWheelchairUser("为我自己");

        var vocational = $(Section.class).id("result-vocational-training");
        assertThat($(Button.class, vocational).all()).hasSize(ResultCard.OFFERS_SHOWN);
        // Three subtypes (vocational, online, assessment): all of them are courses.
        var more = $(Anchor.class, vocational).all().stream().filter(a -> a.getText().startsWith("在列表里查看"))
                .findFirst().orElseThrow();
        assertThat(more.getText()).isEqualTo("在列表里查看莘县更多正在报名的项目");
        assertThat(more.getHref()).isEqualTo("courses?county=shenxian&open=1");
    }

    @Test
    void nothing_chosen_is_named_in_the_error_summary_and_the_page_stays() {
        navigate("check/for", Component.class);

        next();

        assertThat($(ErrorSummary.class).single().messages()).singleElement().asString().contains("为谁查询");
        assertThat(heading()).isEqualTo("您在为谁查询？");
    }

    @Test
    void a_wrong_age_gets_a_message_at_the_field_and_what_was_typed_stays() {
        navigate("check/for", Component.class);
        choose("check-for", "为我自己");
        next();
        choose("county", "冠县");
        next();
        type("age", "一百五");
        next();

        assertThat($(ErrorSummary.class).single().messages()).singleElement().asString().contains("年龄");
        assertThat($(TextField.class).id("q-age").isInvalid()).isTrue();
        navigate("check/where", Component.class);
        assertThat($(RadioButtonGroup.class).id("q-county").getValue()).isEqualTo("GUANXIAN");
    }

    @Test
    void a_later_page_or_the_result_opened_first_sends_the_person_to_the_first_unanswered_question() {
        navigate("check/wants", Component.class);
        assertThat(heading()).isEqualTo("您在为谁查询？");

        navigate("check/result", Component.class);
        assertThat(heading()).isEqualTo("您在为谁查询？");
    }

    @Test
    void someone_checking_for_a_relative_is_reminded_to_answer_for_them_and_reads_about_them() {
        answerAsTheRuralWheelchairUser("为我帮助的人（家人、朋友或我服务的残疾人）");

        assertThat(heading()).isEqualTo("他/她可以申请的项目");
        assertThat($(Paragraph.class, $(Section.class).id("result-rural-training")).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("因为他/她是农村户口"));
        navigate("check/age", Component.class);
        assertThat($(Paragraph.class).withClassName("application-caption").single().getText())
                .isEqualTo("您在替别人查询：请按他/她的情况回答。");
    }

    @Test
    void a_signed_in_person_checking_for_themselves_finds_their_profile_filled_in_and_not_for_someone_else() {
        var me = accounts.applicant("赵丽");
        people.self(me);
        TestAccounts.signIn(me);
        navigate("check/for", Component.class);
        choose("check-for", "为我自己");
        next();

        assertThat(heading()).isEqualTo("住在哪里");
        assertThat($(RadioButtonGroup.class).id("q-county").getValue()).isEqualTo("SHENXIAN");
        assertThat($(TextField.class).id("q-township").getValue()).isEqualTo("燕店镇");
        assertThat($(TextField.class).id("q-township").getLabel()).as("optional here, required in applications")
                .isEqualTo("乡镇（街道）（可以不填）");
        assertThat($(Paragraph.class).id("check-prefilled").getText()).startsWith("已按“我的资料”填好");

        navigate("check/for", Component.class);
        choose("check-for", "为我帮助的人（家人、朋友或我服务的残疾人）");
        next();
        assertThat($(RadioButtonGroup.class).id("q-county").getValue()).isNull();
        assertThat($(Paragraph.class).withId("check-prefilled").exists()).isFalse();
    }

    @Test
    void applying_from_the_result_starts_the_application_with_the_answers_given() {
        var slug = offers.offer(token + " 莘县大棚蔬菜").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN)
                .save().slug();
        var me = accounts.applicant("孙强");
        people.self(me);
        TestAccounts.signIn(me);
        answerAsTheRuralWheelchairUser("为我自己");
        // She lives in 莘县 but typed the township she moved to: the application must start with what she said.
        navigate("check/where", Component.class);
        type("township", "古城镇");
        next();

        test($(Button.class).id("apply-" + slug)).click();
        test($(Button.class).id("start")).click();

        var answers = jdbc.sql("select a.id from applications_application a where a.offer_slug = ?").param(slug)
                .query(Long.class).single();
        var draft = applications.find(answers).orElseThrow().application().answers();
        assertThat(draft.text("county")).isEqualTo("SHENXIAN");
        assertThat(draft.text("township")).isEqualTo("古城镇");
        assertThat(draft.text("household")).isEqualTo("RURAL");
    }

    @Test
    void in_care_mode_one_programme_is_shown_at_a_time_with_previous_and_next() {
        context.getBean(DisplaySettings.class).change(preferences -> preferences.withCareMode(true));
        answerAsTheRuralWheelchairUser("为我自己");

        var results = $(com.vaadin.flow.component.html.Div.class).id("results");
        assertThat($(Section.class, results).all()).hasSize(1);
        assertThat($(Paragraph.class, results).withClassName("result-position").single().getText()).startsWith("第 1 项，共 ");
        assertThat($(Button.class).withId("result-previous").exists()).isFalse();

        test($(Button.class).id("result-next")).click();

        assertThat($(Paragraph.class, results).withClassName("result-position").single().getText()).startsWith("第 2 项，共 ");
        assertThat($(Section.class, results).all()).hasSize(1);
        assertThat($(Button.class).withId("result-previous").exists()).isTrue();
        List<String> shown = $(H3.class, results).all().stream().map(H3::getText).toList();
        assertThat(shown).hasSize(1);
    }
}
