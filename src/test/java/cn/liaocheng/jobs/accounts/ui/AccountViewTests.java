package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.SignInOutcome;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@Import(RecordingSessionFixation.class)
class AccountViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts testAccounts;
    @Autowired AccountService accountService;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private PortalUser signedIn(String name) {
        var user = testAccounts.applicant(name);
        TestAccounts.signIn(user);
        return user;
    }

    private void change(String current, String fresh) {
        NativeFieldTester.type("current-password", current);
        NativeFieldTester.type("new-password", fresh);
        test($(NativeButton.class).id("change-password")).click();
    }

    @Test
    void shows_the_name_and_the_masked_phone_number_only() {
        var user = signedIn("王芳");

        navigate(AccountView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("我的账户");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("我的账户 - 聊城残疾人就业服务");
        var text = $(DescriptionList.class).single().getElement().getTextRecursively();
        assertThat(text).contains("王芳", new PhoneNumber(user.phoneNumber()).masked()).doesNotContain(user.phoneNumber());
    }

    @Test
    void a_signed_out_person_is_sent_to_sign_in() {
        navigate("account", SignInView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("登录");
        assertThat($(AccountView.class).exists()).isFalse();
    }

    @Test
    void the_password_is_changed_with_the_current_one_and_the_change_is_announced() {
        var user = signedIn("李明");
        navigate(AccountView.class);

        change(TestAccounts.PASSWORD, "秋天的稻田一片金黄");

        assertThat($(Announcer.class).single().message()).isEqualTo("密码已修改。下次登录请用新密码。");
        assertThat(NativeFieldTester.passwordField("current-password").getValue()).isEmpty();
        var phone = new PhoneNumber(user.phoneNumber());
        assertThat(accountService.signIn(phone, "秋天的稻田一片金黄")).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void a_wrong_current_password_is_refused_and_counts_towards_the_slow_down() {
        var user = signedIn("张三");
        navigate(AccountView.class);

        change("不是现在的密码", "秋天的稻田一片金黄");
        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("现在的密码不对，请再试一次。忘记了可以退出后点“忘记密码”");
        change("还是不对的密码", "秋天的稻田一片金黄");
        change("第三次不对的密码", "秋天的稻田一片金黄");

        assertThat($(ErrorSummary.class).single().messages()).singleElement().asString()
                .startsWith("密码已经连续输错几次");
        assertThat(accountService.signIn(new PhoneNumber(user.phoneNumber()), TestAccounts.PASSWORD))
                .isInstanceOf(SignInOutcome.TooSoon.class);
    }

    @Test
    void the_new_password_follows_the_rules() {
        signedIn("赵六");
        navigate(AccountView.class);

        change(TestAccounts.PASSWORD, "qwertyui");

        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("这个密码太常见，容易被别人猜到。请换一个，比如一句只有您知道的话");
    }

    @Test
    void signing_out_ends_the_sign_in() {
        signedIn("孙七");
        navigate(AccountView.class);

        var httpSession = com.vaadin.flow.server.VaadinSession.getCurrent().getSession();
        // Browserless' mock session, unlike Tomcat's, still hands out the session just ended, and Spring Security
        // trips over it while tidying up after the logout; everything that matters has happened by then.
        org.assertj.core.api.Assertions.catchThrowable(
                () -> test($(NativeButton.class).id("account-sign-out")).click());

        assertThatThrownBy(() -> httpSession.getAttribute("any")).isInstanceOf(IllegalStateException.class);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void an_applicant_finds_my_data_and_deleting_the_account_here() {
        signedIn("王芳");
        navigate(AccountView.class);
        assertThat($(Anchor.class).id("account-my-data").getHref()).isEqualTo("profile/data");
        assertThat($(Anchor.class).id("account-delete").getHref()).isEqualTo("account/delete");
    }

    @Test
    void staff_accounts_are_not_deleted_from_here() {
        TestAccounts.signIn(testAccounts.create("县残联 刘老师", Role.CASEWORKER));
        navigate(AccountView.class);
        assertThat($(Anchor.class).withId("account-delete").exists()).isFalse();
        assertThat($(Anchor.class).withId("account-my-data").exists()).isFalse();
    }
}
