package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The staff side of 登录 (a second step with a code) and 设置密码. */
@SpringBootTest
@Import(RecordingSessionFixation.class)
class StaffSignInViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts testAccounts;
    @Autowired CurrentAccount currentAccount;
    @Autowired LoggingVerificationChannel sms;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void typePassword(PortalUser user, String password) {
        NativeFieldTester.type("sign-in-phone", user.phoneNumber());
        NativeFieldTester.type("sign-in-password", password);
        test($(NativeButton.class).id("sign-in-submit")).click();
    }

    @Test
    void a_caseworker_signs_in_with_password_and_code_and_lands_on_the_workspace() {
        var caseworker = testAccounts.caseworker("莘县 张老师", County.SHENXIAN);
        navigate(SignInView.class);

        typePassword(caseworker, TestAccounts.PASSWORD);

        assertThat(currentAccount.user()).as("no session after the password alone").isEmpty();
        assertThat($(H2.class).id(SecondFactorStep.HEADING_ID).getText()).isEqualTo("第二步：输入验证码");
        assertThat($(PasswordField.class).withId("sign-in-password").exists()).as("the password step is hidden").isFalse();
        var masked = new PhoneNumber(caseworker.phoneNumber()).masked();
        assertThat($(SecondFactorStep.class).single().getElement().getTextRecursively()).contains(masked)
                .doesNotContain(caseworker.phoneNumber());

        test($(NativeButton.class).id("send-code")).click();
        assertThat($(Announcer.class).single().message()).startsWith("验证码已用短信发到 " + masked);
        NativeFieldTester.type("second-factor-code", sms.latestCodeFor(new PhoneNumber(caseworker.phoneNumber())));
        test($(NativeButton.class).id("second-factor-submit")).click();

        assertThat(currentAccount.user().orElseThrow().accountId()).isEqualTo(caseworker.accountId());
        assertThat(SignInViewTests.pendingLocation()).isEqualTo("staff");
    }

    @Test
    void a_wrong_code_is_refused_at_the_field_and_signs_nobody_in() {
        var officer = testAccounts.create("农行 王经理", Role.LOAN_OFFICER);
        navigate(SignInView.class);
        typePassword(officer, TestAccounts.PASSWORD);
        test($(NativeButton.class).id("send-code")).click();
        var code = sms.latestCodeFor(new PhoneNumber(officer.phoneNumber()));

        NativeFieldTester.type("second-factor-code", code.equals("000000") ? "111111" : "000000");
        test($(NativeButton.class).id("second-factor-submit")).click();

        assertThat($(ErrorSummary.class).single().messages()).singleElement().asString().contains("4");
        assertThat(currentAccount.user()).isEmpty();
        assertThat(NativeFieldTester.textField("second-factor-code").getValue()).isEmpty();
    }

    @Test
    void a_wrong_password_of_a_staff_account_is_answered_like_any_other() {
        var administrator = testAccounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        navigate(SignInView.class);

        typePassword(administrator, "不是这个密码啊啊啊");

        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("手机号码或密码不对。请检查后再试，或点“忘记密码”重新设置");
        assertThat($(SecondFactorStep.class).exists()).isFalse();
    }

    @Test
    void a_new_staff_member_sets_the_password_and_is_sent_to_sign_in() {
        var fresh = testAccounts.staffWithoutPassword("新同事", Role.CASEWORKER, County.DONGE);
        navigate(SetPasswordView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("设置密码");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("设置密码 - 聊城残疾人就业服务");

        NativeFieldTester.type("set-password-phone", fresh.phoneNumber());
        test($(NativeButton.class).id("send-code")).click();
        NativeFieldTester.type("set-password-code", sms.latestCodeFor(new PhoneNumber(fresh.phoneNumber())));
        NativeFieldTester.type("set-password-password", "我自己选的新密码123");
        test($(NativeButton.class).id("set-password-submit")).click();

        assertThat($(PageHeading.class).single().getText()).isEqualTo("登录");
        assertThat($(Paragraph.class).withClassName("notice").single().getText())
                .isEqualTo("密码已设置。请用手机号码和新密码登录，再输入发到手机的验证码。");
        assertThat(currentAccount.user()).isEmpty();
    }

    @Test
    void set_password_lists_every_problem_in_order() {
        navigate(SetPasswordView.class);

        test($(NativeButton.class).id("set-password-submit")).click();

        assertThat($(ErrorSummary.class).single().messages()).hasSize(3)
                .startsWith("请输入手机号码，如 13800000000");
    }
}
