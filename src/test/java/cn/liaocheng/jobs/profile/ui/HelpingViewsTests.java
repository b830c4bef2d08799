package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.profile.ConsentState;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.SubmitPermission;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 代办: the list, adding a person (step 1) and their consent by code (step 2), and id swapping on the consent page. */
@SpringBootTest
class HelpingViewsTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired ProfileService profiles;
    @Autowired HelpingService helping;
    @Autowired LoggingVerificationChannel sms;

    private final PhoneNumber fathersPhone = TestAccounts.uniquePhone();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<String> errors() {
        return $(ErrorSummary.class).single().messages();
    }

    private AddPersonView openAdd(PortalUser helper) {
        TestAccounts.signIn(helper);
        return navigate(AddPersonView.ROUTE, AddPersonView.class);
    }

    @Test
    void a_daughter_adds_her_father_and_he_agrees_with_the_code_he_reads_out() {
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(daughter);
        navigate(HelpingView.ROUTE, HelpingView.class);
        assertThat($(Paragraph.class).withText("您还没有添加要帮助的人。").exists()).isTrue();
        assertThat($(Anchor.class).id("helping-add").getHref()).isEqualTo(AddPersonView.ROUTE);

        var add = navigate(AddPersonView.ROUTE, AddPersonView.class);
        assertThat($(Paragraph.class).withClassName("step-indicator").single().getText()).isEqualTo("第 1 步，共 2 步");
        test(add.name).setValue("王建国");
        add.relationship.setValue(Relationship.DAUGHTER);
        test(add.phone).setValue(fathersPhone.value().substring(0, 3) + " " + fathersPhone.value().substring(3));
        test($(Button.class).id("add-continue")).click();

        var consent = $(ConsentView.class).single();
        assertThat($(PageHeading.class).single().getText()).isEqualTo("请王建国确认同意");
        assertThat(consent.getElement().getTextRecursively()).contains(fathersPhone.masked())
                .doesNotContain(fathersPhone.value());
        consent.delivery.setValue(Delivery.VOICE_CALL);
        test($(Button.class).id("consent-send")).click();
        assertThat(consent.sent.getText()).startsWith("验证码已经发出");

        test(consent.code).setValue(sms.latestCodeFor(fathersPhone));
        test($(Button.class).id("consent-confirm")).click();

        assertThat($(HelpingView.class).exists()).isTrue();
        assertThat($(Notice.class).single().getText()).startsWith("已确认");
        assertThat($(H3.class).withText("王建国").exists()).isTrue();
        assertThat($(Paragraph.class).withText("您是 TA 的女儿").exists()).isTrue();
        var personId = helping.helping().getFirst().personId();
        assertThat(profiles.submitPermission(personId)).isEqualTo(new SubmitPermission.Helper(Relationship.DAUGHTER, "王芳"));
    }

    @Test
    void until_the_person_agrees_the_list_says_drafts_only_and_links_to_the_consent() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false);
        TestAccounts.signIn(daughter);

        navigate(HelpingView.ROUTE, HelpingView.class);

        assertThat($(Paragraph.class).withText("TA 同意之前，您可以先帮 TA 填申请草稿，但不能提交。").exists()).isTrue();
        var link = $(Anchor.class).withText("请王建国确认同意").single();
        assertThat(link.getHref()).isEqualTo(ConsentView.route(people.helpId(father.personId(), daughter)));
    }

    @Test
    void a_wrong_code_is_explained_and_kept_in_the_field() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false, fathersPhone);
        TestAccounts.signIn(daughter);
        var consent = navigate(ConsentView.route(people.helpId(father.personId(), daughter)), ConsentView.class);
        test($(Button.class).id("consent-send")).click();
        var wrong = sms.latestCodeFor(fathersPhone).equals("000000") ? "111111" : "000000";

        test($(Button.class).id("consent-confirm")).click();
        assertThat(errors()).containsExactly("请填写 TA 读给您的 6 位验证码");

        test(consent.code).setValue(wrong);
        test($(Button.class).id("consent-confirm")).click();

        assertThat(errors()).containsExactly("验证码不对，请再核对一下。还可以试 4 次");
        assertThat(consent.code.getValue()).isEqualTo(wrong);
        assertThat(helping.helping().getFirst().consent()).isEqualTo(ConsentState.AWAITING);
    }

    @Test
    void missing_answers_and_the_helpers_own_phone_are_refused_with_what_to_do() {
        var daughter = accounts.applicant("王芳");
        var add = openAdd(daughter);
        assertThat(add.agreed.getValue()).isFalse();
        assertThat(add.sensitive.isVisible()).isFalse();

        test($(Button.class).id("add-continue")).click();
        assertThat(errors()).containsExactly("请填写 TA 的姓名", "请选择您是 TA 的什么人");

        test(add.name).setValue("王建国");
        add.relationship.setValue(Relationship.DAUGHTER);
        test(add.phone).setValue(daughter.phoneNumber());
        test($(Button.class).id("add-continue")).click();

        assertThat(errors()).singleElement().asString().startsWith("这是您自己的手机号");
        assertThat(add.name.getValue()).isEqualTo("王建国");
        assertThat(helping.helping()).isEmpty();
    }

    @Test
    void numbers_are_taken_only_when_the_helper_confirms_the_person_agreed() {
        var add = openAdd(accounts.applicant("王芳"));
        var id = TestPeople.uniqueResidentId().value();
        test(add.name).setValue("王建国");
        add.relationship.setValue(Relationship.SON);
        test(add.agreed).click();
        assertThat(add.sensitive.isVisible()).isTrue();
        test(add.residentId).setValue(id);
        test(add.certificate).setValue(id + "13");

        test($(Button.class).id("add-continue")).click();

        var personId = helping.helping().getFirst().personId();
        var facts = profiles.facts(personId).orElseThrow();
        assertThat(facts.maskedResidentId()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(facts.category()).isEqualTo(cn.liaocheng.jobs.shared.DisabilityCategory.VISUAL);
        assertThat(facts.grade()).isEqualTo(3);
        assertThat($(Paragraph.class).withText("TA 没有登记手机号，所以不能发验证码。").exists()).isTrue();
        assertThat($(Button.class).withId("consent-send").exists()).isFalse();
    }

    @Test
    void the_consent_page_of_someone_elses_help_is_not_found() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false);
        var helpId = people.helpId(father.personId(), daughter);

        TestAccounts.signIn(accounts.applicant("陌生人"));
        navigate(ConsentView.route(helpId), NotFoundView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("找不到这个页面");
        navigate("helping/abc/consent", NotFoundView.class);
        navigate("helping/-1/consent", NotFoundView.class);

        people.withdraw(father.personId(), daughter);
        TestAccounts.signIn(daughter);
        navigate(ConsentView.route(helpId), NotFoundView.class);

        TestAccounts.signOut();
        navigate(ConsentView.route(helpId), Div.class);
        assertThat($(ConsentView.class).exists()).isFalse();
        assertThat($(PageHeading.class).single().getText()).doesNotContain("王建国");
    }

    @Test
    void signed_out_visitors_get_neither_the_list_nor_the_add_page() {
        navigate(HelpingView.ROUTE, Div.class);
        assertThat($(HelpingView.class).exists()).isFalse();
        navigate(AddPersonView.ROUTE, Div.class);
        assertThat($(AddPersonView.class).exists()).isFalse();
    }
}
