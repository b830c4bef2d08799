package cn.liaocheng.jobs.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Check your answers, submitting, the confirmation page and the application page. */
@SpringBootTest
class CheckAndConfirmationViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired TestApplications drafts;
    @Autowired ApplicationService applications;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired cn.liaocheng.jobs.profile.ProfileService profiles;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private long completeDraft() {
        var me = accounts.applicant("张伟");
        return drafts.completeDraft(me, people.self(me).personId(),
                offers.offer(token + " 创业贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(300_000).save());
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    @Test
    void every_answer_is_listed_with_a_change_link_that_says_what_it_changes() {
        long id = completeDraft();

        navigate("applications/" + id + "/check", CheckAnswersView.class);

        assertThat(heading()).isEqualTo("检查您的回答");
        var text = $(DescriptionList.class).all().stream().map(d -> d.getElement().getTextRecursively()).toList();
        assertThat(String.join("\n", text)).contains("想贷多少钱？", "10,000 元", "钱主要用来做什么？", "买设备");
        var change = $(Anchor.class).withClassName("change-link").all().stream()
                .filter(a -> a.getElement().getTextRecursively().equals("修改 想贷多少钱？")).findFirst().orElseThrow();
        assertThat(change.getHref()).isEqualTo("applications/" + id + "/step/amount?return=check");
    }

    @Test
    void changing_an_answer_returns_to_check_your_answers() {
        long id = completeDraft();
        UI.getCurrent().navigate("applications/" + id + "/step/purpose", QueryParameters.of("return", "check"));
        assertThat($(Anchor.class).withClassName("back-link").single().getText()).isEqualTo("返回检查页");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> purpose = $(RadioButtonGroup.class).id("q-loan-purpose");
        test(purpose).selectItem("进货");
        test($(Button.class).id("continue")).click();

        assertThat(heading()).isEqualTo("检查您的回答");
        assertThat($(DescriptionList.class).all().stream().map(d -> d.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("进货"));
    }

    @Test
    void an_incomplete_draft_goes_to_the_step_that_needs_an_answer() {
        var me = accounts.applicant("张伟");
        long id = drafts.draft(me, people.self(me).personId(), offers.offer(token).save());

        navigate("applications/" + id + "/check", StepView.class);

        assertThat(heading()).isEqualTo("工作经历");
    }

    @Test
    void submitting_shows_the_reference_what_happens_next_the_contact_and_a_receipt_to_print() {
        long id = completeDraft();
        navigate("applications/" + id + "/check", CheckAnswersView.class);

        test($(Button.class).id("submit")).click();

        assertThat(heading()).isEqualTo("申请已提交");
        assertThat($(Span.class).id("reference").getText()).matches("LC-\\d{4}-\\d{6}");
        assertThat($(Paragraph.class).withTextContaining("市残联、市人力资源社会保障局的工作人员会审核").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("7 天内").exists()).isTrue();
        assertThat($(Anchor.class).withText("0635-8212345").single().getHref()).isEqualTo("tel:06358212345");
        assertThat($(Button.class).id("print-receipt").getText()).isEqualTo("打印回执");
        assertThat($(DescriptionList.class).single().getElement().getTextRecursively()).contains("张伟 本人提交");
    }

    @Test
    void pressing_submit_again_on_an_old_page_shows_the_same_application() {
        long id = completeDraft();
        navigate("applications/" + id + "/check", CheckAnswersView.class);
        var firstTab = $(Button.class).id("submit");
        int version = drafts.version(id);
        var reference = ((cn.liaocheng.jobs.applications.SubmitOutcome.Submitted) applications.submit(id, version))
                .reference();

        test(firstTab).click();

        assertThat(heading()).isEqualTo("申请已提交");
        assertThat($(Span.class).id("reference").getText()).isEqualTo(reference);
    }

    @Test
    void a_helper_whose_consent_is_awaited_is_told_why_and_what_to_do_instead_of_a_submit_button() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false);
        long id = drafts.completeDraft(daughter, father.personId(), offers.offer(token).save());

        navigate("applications/" + id + "/check", CheckAnswersView.class);

        assertThat($(Button.class).withId("submit").exists()).isFalse();
        assertThat($(Paragraph.class).id("consent-awaiting").getText()).startsWith("王建国 还没有确认同意由您代办");
        assertThat($(Paragraph.class).withTextContaining("验证码确认同意").exists()).isTrue();
    }

    @Test
    void an_application_made_by_a_helper_says_who_submitted_it_for_whom_and_its_history() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, true);
        long id = drafts.completeDraft(daughter, father.personId(), offers.offer(token + " 按摩").save());
        applications.submit(id, drafts.version(id));

        navigate("applications/" + id, ApplicationView.class);

        assertThat(heading()).isEqualTo("申请：" + token + " 按摩");
        assertThat($(Paragraph.class).withClassName("submitted-by").single().getText()).isEqualTo("由 王芳(女儿) 代为提交");
        assertThat($(Paragraph.class).withClassName("application-status").single().getText()).isEqualTo("当前状态：已提交");
        assertThat($(com.vaadin.flow.component.html.OrderedList.class).withClassName("timeline").single()
                .getElement().getTextRecursively()).contains("已提交");
    }

    @Test
    void the_timeline_shows_what_staff_decided_and_why_and_my_applications_shows_the_news_once() {
        var me = accounts.applicant("张伟");
        long id = drafts.completeDraft(me, people.self(me).personId(), offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        TestAccounts.signIn(accounts.create("县残联 刘老师", cn.liaocheng.jobs.accounts.Role.CASEWORKER));
        applications.changeStatus(id, cn.liaocheng.jobs.applications.ApplicationStatus.REJECTED, "名额已满，请报名下一期");

        TestAccounts.signIn(me);
        navigate("applications/" + id, ApplicationView.class);
        var timeline = $(com.vaadin.flow.component.html.OrderedList.class).withClassName("timeline").single()
                .getElement().getTextRecursively();
        assertThat(timeline).contains("已提交", "未通过", "原因：名额已满，请报名下一期");

        navigate("applications", MyApplicationsView.class);
        assertThat($(com.vaadin.flow.component.html.Section.class).withClassName("notice").single()
                .getElement().getTextRecursively()).contains("新消息", token, "未通过");
        navigate("applications", MyApplicationsView.class);
        assertThat($(com.vaadin.flow.component.html.Section.class).withClassName("notice").exists()).isFalse();
    }

    @Test
    void when_staff_ask_for_more_the_application_page_says_what_and_leads_to_sending_it_again() {
        var me = accounts.applicant("张伟");
        long id = drafts.completeDraft(me, people.self(me).personId(), offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        var reference = applications.find(id).orElseThrow().application().reference();
        TestAccounts.signIn(accounts.create("县残联 刘老师", cn.liaocheng.jobs.accounts.Role.CASEWORKER));
        applications.changeStatus(id, cn.liaocheng.jobs.applications.ApplicationStatus.MORE_INFO_NEEDED, "请说明以前做过什么工作");

        TestAccounts.signIn(me);
        navigate("applications/" + id, ApplicationView.class);
        assertThat($(Paragraph.class).id("more-info").getText()).isEqualTo("工作人员请您补充：请说明以前做过什么工作");
        test($(Anchor.class).id("answer-more-info")).click();
        assertThat(heading()).isEqualTo("检查您的回答");
        test($(Button.class).id("submit")).click();

        assertThat(heading()).isEqualTo("申请已提交");
        assertThat($(Span.class).id("reference").getText()).isEqualTo(reference);
        assertThat(applications.find(id).orElseThrow().application().status())
                .isEqualTo(cn.liaocheng.jobs.applications.ApplicationStatus.IN_REVIEW);
    }

    @Test
    void a_draft_opened_from_its_address_continues_where_it_was_left() {
        var me = accounts.applicant("张伟");
        long id = drafts.draft(me, people.self(me).personId(), offers.offer(token).save());

        navigate("applications/" + id, StepView.class);

        assertThat(heading()).isEqualTo("您住在哪里");
    }

    @Test
    void check_confirmation_and_application_pages_of_someone_else_are_not_found() {
        long id = completeDraft();
        var stranger = accounts.applicant("李四");
        TestAccounts.signIn(stranger);

        for (var page : new String[] {"/check", "/confirmation", ""}) {
            navigate("applications/" + id + page, NotFoundView.class);
            assertThat(heading()).isEqualTo("找不到这个页面");
        }
        TestAccounts.signOut();
        for (var page : new String[] {"/check", "/confirmation", ""}) {
            navigate("applications/" + id + page, NotFoundView.class);
            assertThat(heading()).isEqualTo("找不到这个页面");
        }
    }

    @Test
    void after_the_closing_date_the_check_page_says_so_instead_of_offering_to_send_and_keeps_the_draft() {
        var me = accounts.applicant("张伟");
        var offer = offers.offer(token + " 电脑培训").save();
        long id = drafts.completeDraft(me, people.self(me).personId(), offer);
        navigate("applications/" + id + "/check", CheckAnswersView.class);
        var submit = $(Button.class).id("submit");
        jdbc.sql("update catalogue_offer set applications_open_from = current_date - 30, "
                + "applications_close_on = current_date - 1 where id = ?").param(offer.id()).update();

        test(submit).click();
        assertThat($(Paragraph.class).withClassName("notice").all()).extracting(Paragraph::getText)
                .contains("这项服务已经停止报名，申请没有提交。您填写的内容已保存。");

        navigate("applications/" + id + "/check", CheckAnswersView.class);
        assertThat($(Paragraph.class).id("offer-closed").getText())
                .isEqualTo("“" + token + " 电脑培训”已经停止报名，这份申请不能再提交了。您填写的内容仍保存在“我的申请”里。");
        assertThat($(Button.class).withId("submit").exists()).isFalse();
        assertThat(applications.find(id).orElseThrow().application().isDraft()).isTrue();
    }

    @Test
    void a_sent_application_says_when_the_person_had_their_sensitive_data_deleted() {
        var me = accounts.applicant("张伟");
        long id = drafts.completeDraft(me, people.self(me).personId(), offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        navigate("applications/" + id, ApplicationView.class);
        assertThat($(Paragraph.class).withId("sensitive-data-deleted").exists()).isFalse();

        profiles.deleteSensitiveData();
        navigate("applications/" + id, ApplicationView.class);

        assertThat($(Paragraph.class).id("sensitive-data-deleted").getText())
                .endsWith("本人要求删除了残疾和健康信息。这份申请在那之前已经提交，作为办理记录保留；工作人员处理时会看到这条说明。");
    }
}
