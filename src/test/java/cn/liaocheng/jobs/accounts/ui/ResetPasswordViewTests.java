package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.SignInOutcome;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.TestRateLimitTime;
import cn.liaocheng.jobs.accounts.VerificationChannel;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(RecordingSessionFixation.class)
class ResetPasswordViewTests extends SpringBrowserlessTest {

    private static final String NEW_PASSWORD = "门前大桥下游过一群鸭";

    @Autowired TestAccounts testAccounts;
    @Autowired LoggingVerificationChannel sentCodes;
    @Autowired AccountService accountService;
    @Autowired CurrentAccount currentAccount;
    @Autowired TestRateLimitTime time;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void sendCode(String phone) {
        NativeFieldTester.type("reset-phone", phone);
        test($(NativeButton.class).id("send-code")).click();
    }

    private void submit(String code, String password) {
        NativeFieldTester.type("reset-code", code);
        NativeFieldTester.type("reset-password", password);
        test($(NativeButton.class).id("reset-submit")).click();
    }

    @Test
    void a_locked_out_person_sets_a_new_password_with_a_code_and_is_signed_in_at_once() {
        var user = testAccounts.applicant("王芳");
        var phone = new PhoneNumber(user.phoneNumber());
        for (int i = 1; i <= 6; i++) {
            accountService.signIn(phone, "wrong " + i);
            time.skip(java.time.Duration.ofSeconds(31));
        }
        assertThat(accountService.signIn(phone, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(SignInOutcome.TooSoon.class, tooSoon -> assertThat(tooSoon.locked()).isTrue());
        navigate(ResetPasswordView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("重新设置密码");

        sendCode(phone.value());
        assertThat(sentCodes.recent().getFirst().purpose()).isEqualTo(Purpose.PASSWORD_RESET);
        submit(sentCodes.latestCodeFor(phone), NEW_PASSWORD);

        assertThat(currentAccount.user().orElseThrow().accountId()).isEqualTo(user.accountId());
        assertThat(SignInViewTests.pendingLocation()).isEqualTo("account?password-reset");
        TestAccounts.signOut();
        assertThat(accountService.signIn(phone, NEW_PASSWORD)).isInstanceOf(SignInOutcome.SignedIn.class);
        assertThat(accountService.signIn(phone, TestAccounts.PASSWORD)).isInstanceOf(SignInOutcome.Refused.class);
    }

    @Test
    void a_number_without_an_account_gets_the_same_answer_and_only_the_phone_learns_it_can_register() {
        var phone = TestAccounts.uniquePhone();
        navigate(ResetPasswordView.class);

        sendCode(phone.value());

        assertThat($(Announcer.class).single().message()).startsWith("短信已发到 " + phone.masked() + "，请看一下。注册过的号码会收到验证码");
        assertThat($(ErrorSummary.class).exists()).as("an error summary").isFalse();
        assertThat(sentCodes.recent()).noneMatch(sent -> sent.to().equals(phone) && sent.code() != null);
        assertThat(sentCodes.latestNoticeFor(phone)).contains(VerificationChannel.Notice.NO_ACCOUNT);
        assertThat($(Anchor.class).withText("注册新账户").single().isVisible()).as("the link is there for everybody").isTrue();

        submit("000000", NEW_PASSWORD);
        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("验证码不对，请看一下短信或电话里的数字再输入。还可以试 4 次");
    }

    @Test
    void a_sign_up_code_does_not_reset_a_password() {
        var user = testAccounts.applicant("李明");
        var phone = new PhoneNumber(user.phoneNumber());
        navigate(ResetPasswordView.class);
        sendCode(phone.value());
        var resetCode = sentCodes.latestCodeFor(phone);
        var other = resetCode.equals("000000") ? "111111" : "000000";

        submit(other, NEW_PASSWORD);

        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("验证码不对，请看一下短信或电话里的数字再输入。还可以试 4 次");
        assertThat(currentAccount.user()).isEmpty();
    }

    @Test
    void the_new_password_follows_the_password_rules() {
        var user = testAccounts.applicant("张三");
        navigate(ResetPasswordView.class);
        NativeFieldTester.type("reset-phone", user.phoneNumber());

        submit("123456", "password");

        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("这个密码太常见，容易被别人猜到。请换一个，比如一句只有您知道的话");
    }
}
