package cn.liaocheng.jobs.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** One page per step, for any form: indicator, back link, errors, conditions, saving, and who may open it. */
@SpringBootTest
class StepViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired TestApplications drafts;
    @Autowired ApplicationService applications;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long draft(OfferSubtype subtype) {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        return drafts.draft(me, person.personId(), offers.offer(token).subtype(subtype).loanUpTo(300_000).save());
    }

    private void open(long id, String step) {
        navigate("applications/" + id + "/step/" + step, StepView.class);
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private void continueButton() {
        test($(Button.class).id("continue")).click();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<String> radios(String questionId) {
        return (RadioButtonGroup<String>) $(RadioButtonGroup.class).id("q-" + questionId);
    }

    @Test
    void a_step_shows_where_the_person_is_a_back_link_and_what_the_profile_already_knows() {
        long id = draft(OfferSubtype.VOCATIONAL);

        open(id, "where");

        assertThat(heading()).isEqualTo("您住在哪里");
        assertThat($(Paragraph.class).withClassName("step-indicator").single().getText()).isEqualTo("第 1 步，共 6 步");
        assertThat($(Anchor.class).withClassName("back-link").single().getText()).isEqualTo("返回项目介绍");
        assertThat(radios("county").getValue()).isEqualTo("SHENXIAN");
        assertThat($(TextField.class).id("q-township").getValue()).isEqualTo("燕店镇");
        assertThat($(TextField.class).id("q-township").getHelperText()).isEqualTo("例如：燕店镇");
    }

    @Test
    void continuing_goes_to_the_next_step_with_a_back_link_to_this_one() {
        long id = draft(OfferSubtype.VOCATIONAL);
        open(id, "where");

        continueButton();

        assertThat(heading()).isEqualTo("文化程度");
        assertThat($(Paragraph.class).withClassName("step-indicator").single().getText()).isEqualTo("第 2 步，共 6 步");
        assertThat($(Anchor.class).withClassName("back-link").single().getHref())
                .isEqualTo("applications/" + id + "/step/where");
    }

    @Test
    void a_missing_answer_is_listed_in_the_error_summary_and_at_the_field() {
        long id = draft(OfferSubtype.VOCATIONAL);
        open(id, "experience");

        continueButton();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请选择“是”或“否”：以前工作过吗？");
        assertThat(radios("worked-before").isInvalid()).isTrue();
        assertThat(heading()).isEqualTo("工作经历");
    }

    @Test
    void choosing_yes_shows_the_follow_up_question_and_typing_is_saved_without_pressing_continue() {
        long id = draft(OfferSubtype.VOCATIONAL);
        open(id, "experience");
        assertThat($(TextArea.class).withId("q-last-job").exists()).isFalse();

        test(radios("worked-before")).selectItem("是");
        var follow = $(TextArea.class).id("q-last-job");
        // Sent to the server (and saved) at least every 15 s while someone keeps typing, not only on leaving the box.
        assertThat(follow.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.TIMEOUT);
        assertThat(follow.getValueChangeTimeout()).isLessThanOrEqualTo(15_000);
        test(follow).setValue("在超市做过两年理货员");

        var saved = applications.find(id).orElseThrow().application();
        assertThat(saved.answers().text("worked-before")).isEqualTo(Answers.YES);
        assertThat(saved.answers().text("last-job")).isEqualTo("在超市做过两年理货员");
        assertThat($(Paragraph.class).withClassName("draft-status").single().getText()).startsWith("草稿已保存");
    }

    @Test
    void a_wrong_amount_keeps_what_was_typed_and_names_the_limit() {
        long id = draft(OfferSubtype.GUARANTEED_STARTUP);
        open(id, "amount");
        var amount = $(TextField.class).id("q-loan-amount");
        assertThat(amount.getHelperText()).isEqualTo("只填数字（可填 10,000 元 至 300,000 元）");

        test(amount).setValue("5000");
        continueButton();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("想贷多少钱？：不能少于 10,000");
        assertThat(amount.getValue()).isEqualTo("5000");
        assertThat(applications.find(id).orElseThrow().application().answers().text("loan-amount")).isEqualTo("5000");
    }

    @Test
    void half_a_date_says_which_part_is_missing() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long mine = drafts.completeDraft(me, person.personId(), offers.offer(token).subtype(OfferSubtype.ZONE).save());
        open(mine, "registered");

        test(radios("business-registered")).selectItem("是");
        var date = $(DatePartsField.class).id("q-business-started");
        var parts = date.getChildren().findFirst().orElseThrow().getChildren().map(TextField.class::cast).toList();
        test(parts.get(0)).setValue("2020");
        test(parts.get(1)).setValue("3");
        test(parts.get(2)).setValue(" "); // deleting the day
        continueButton();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("营业执照上的成立日期：请填写日");
    }

    @Test
    void a_helper_whose_consent_is_awaited_is_told_before_filling_in_that_sending_waits_for_it() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false);
        long id = drafts.draft(daughter, father.personId(), offers.offer(token).save());

        open(id, "where");

        assertThat($(Paragraph.class).id("consent-awaiting").getText()).contains("王建国 确认同意由您代办以后，才能提交");
        assertThat($(Button.class).id("continue").isEnabled()).isTrue();
    }

    @Test
    void editing_the_address_cannot_skip_questions() {
        long id = draft(OfferSubtype.VOCATIONAL);

        open(id, "contact");

        assertThat(heading()).isEqualTo("工作经历");
    }

    @Test
    void a_save_after_another_tab_saved_says_so_and_keeps_what_was_typed() {
        var me = accounts.applicant("张伟");
        long id = drafts.completeDraft(me, people.self(me).personId(), offers.offer(token).save());
        open(id, "goal");
        applications.save(id, drafts.version(id), "goal", Answers.none().with("training-goal", "OTHER"));

        test(radios("training-goal")).selectItem("自己创业");
        continueButton();

        assertThat($(Paragraph.class).withTextContaining("另一个窗口").exists()).isTrue();
        assertThat(radios("training-goal").getValue()).isEqualTo("START_BUSINESS");
        assertThat(heading()).isEqualTo("学完以后的打算");
        assertThat(applications.find(id).orElseThrow().application().answers().text("training-goal")).isEqualTo("OTHER");
    }

    @Test
    void someone_elses_draft_is_not_found() {
        long id = draft(OfferSubtype.VOCATIONAL);
        var stranger = accounts.applicant("李四");
        people.self(stranger);
        TestAccounts.signIn(stranger);

        navigate("applications/" + id + "/step/where", NotFoundView.class);

        assertThat(heading()).isEqualTo("找不到这个页面");
    }

    @Test
    void a_helper_of_another_person_and_a_signed_out_visitor_get_the_not_found_page() {
        long id = draft(OfferSubtype.VOCATIONAL);
        var helper = accounts.applicant("赵六");
        people.helpedBy(helper, Relationship.SON, true);
        TestAccounts.signIn(helper);
        navigate("applications/" + id + "/step/where", NotFoundView.class);
        assertThat(heading()).isEqualTo("找不到这个页面");

        TestAccounts.signOut();
        navigate("applications/" + id + "/step/where", NotFoundView.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
    }

    @Test
    void unknown_ids_and_steps_are_not_found() {
        long id = draft(OfferSubtype.VOCATIONAL);

        navigate("applications/" + (id + 100_000) + "/step/where", NotFoundView.class);
        navigate("applications/" + id + "/step/no-such-step", NotFoundView.class);
        navigate("applications/abc/step/where", NotFoundView.class);
        navigate("applications/" + id + "/step/last-job", NotFoundView.class);

        assertThat(heading()).isEqualTo("找不到这个页面");
    }
}
