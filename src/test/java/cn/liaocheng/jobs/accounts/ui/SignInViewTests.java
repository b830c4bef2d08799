package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.TestRateLimitTime;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

@SpringBootTest
@Import(RecordingSessionFixation.class)
class SignInViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts testAccounts;
    @Autowired CurrentAccount currentAccount;
    @Autowired Clock clock;
    @Autowired TestRateLimitTime time;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void type(String phone, String password) {
        NativeFieldTester.type("sign-in-phone", phone);
        NativeFieldTester.type("sign-in-password", password);
        test($(NativeButton.class).id("sign-in-submit")).click();
    }

    private java.util.List<String> errors() {
        return $(ErrorSummary.class).single().messages();
    }

    @Test
    void the_page_has_one_heading_a_unique_title_and_autocomplete_for_phone_and_current_password() {
        navigate(SignInView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("登录");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("登录 - 聊城残疾人就业服务");
        var phone = NativeFieldTester.textField("sign-in-phone");
        assertThat(phone.getLabel()).isEqualTo("手机号码");
        assertThat(phone.inputElement().getAttribute("autocomplete")).isEqualTo("tel");
        assertThat(NativeFieldTester.passwordField("sign-in-password").inputElement().getAttribute("autocomplete"))
                .isEqualTo("current-password");
    }

    @Test
    void the_right_password_signs_in_keeps_no_hash_and_goes_to_the_profile() {
        var user = testAccounts.applicant("王芳");
        navigate(SignInView.class);
        int fixationProtections = RecordingSessionFixation.CALLS.get();

        type(user.phoneNumber(), TestAccounts.PASSWORD);

        assertThat(RecordingSessionFixation.CALLS.get()).isEqualTo(fixationProtections + 1);
        var signedIn = currentAccount.user().orElseThrow();
        assertThat(signedIn.accountId()).isEqualTo(user.accountId());
        assertThat(signedIn.getPassword()).isEmpty();
        var stored = VaadinSession.getCurrent().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored).isNotNull();
        assertThat(((org.springframework.security.core.context.SecurityContext) stored).getAuthentication()
                .getPrincipal()).isInstanceOfSatisfying(PortalUser.class, p -> assertThat(p.getPassword()).isEmpty());
        assertThat(pendingLocation()).isEqualTo("profile");
    }

    @Test
    void after_signing_in_the_person_goes_back_to_the_page_they_wanted() {
        var user = testAccounts.applicant("李明");
        navigate(SignInView.class);
        VaadinSession.getCurrent().getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, "/account");

        type(user.phoneNumber(), TestAccounts.PASSWORD);

        assertThat(pendingLocation()).isEqualTo("account");
    }

    @Test
    void after_a_page_load_that_asked_to_sign_in_the_person_goes_back_to_that_address() {
        var user = testAccounts.applicant("周八");
        navigate(SignInView.class);
        VaadinSession.getCurrent().getSession().setAttribute(SignInSession.SAVED_REQUEST,
                new SimpleSavedRequest("http://localhost:8080/account?tab=2&continue"));

        type(user.phoneNumber(), TestAccounts.PASSWORD);

        assertThat(pendingLocation()).isEqualTo("account?tab=2");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(SignInSession.SAVED_REQUEST)).isNull();
    }

    @Test
    void a_stored_address_on_another_site_is_ignored() {
        assertThat(SignInSession.fromSavedRequest("http://localhost:8080//evil.example/x")).isNull();
        assertThat(SignInSession.insidePortal("//evil.example/x")).isNull();
        assertThat(SignInSession.insidePortal("https://evil.example")).isNull();
        assertThat(SignInSession.insidePortal("/applications/12")).isEqualTo("applications/12");
    }

    @Test
    void a_wrong_password_and_an_unknown_number_get_the_same_message() {
        var user = testAccounts.applicant("张三");
        navigate(SignInView.class);

        type(user.phoneNumber(), "不是这个密码啊啊啊");
        var wrongPassword = errors();
        type(TestAccounts.uniquePhone().value(), TestAccounts.PASSWORD);

        assertThat(wrongPassword).containsExactly("手机号码或密码不对。请检查后再试，或点“忘记密码”重新设置");
        assertThat(errors()).isEqualTo(wrongPassword);
        assertThat(currentAccount.user()).isEmpty();
        assertThat(NativeFieldTester.textField("sign-in-phone").getValue()).isNotEmpty();
    }

    @Test
    void the_third_wrong_password_says_until_when_to_wait_in_shanghai_time() {
        var user = testAccounts.applicant("赵六");
        navigate(SignInView.class);

        type(user.phoneNumber(), "wrong one 1");
        type(user.phoneNumber(), "wrong one 2");
        type(user.phoneNumber(), "wrong one 3");

        assertThat(errors()).singleElement().asString()
                .startsWith("密码已经连续输错几次。为了保护您的账户，请在 ")
                .containsPattern("请在 \\d\\d:\\d\\d 之后再试");
    }

    @Test
    void a_locked_account_says_so_with_the_time_and_how_to_unlock() {
        var user = testAccounts.applicant("孙七");
        navigate(SignInView.class);
        for (int i = 1; i <= 6; i++) {
            type(user.phoneNumber(), "wrong one " + i);
            time.skip(java.time.Duration.ofSeconds(31));
        }

        type(user.phoneNumber(), TestAccounts.PASSWORD);

        assertThat(errors()).singleElement().asString().matches(
                "密码输错次数太多，账户已暂时锁定。请在 \\d\\d:\\d\\d 之后再试，或点“忘记密码”用验证码重新设置密码，马上就能登录");
        assertThat(currentAccount.user()).isEmpty();
    }

    @Test
    void the_time_to_wait_is_rounded_up_to_the_next_minute_in_shanghai_time() {
        var lockedUntil = ZonedDateTime.now(clock).withHour(14).withMinute(31).withSecond(10).plusDays(1);

        assertThat(AccountMessages.clockTime(lockedUntil.toInstant(), clock)).isEqualTo("14:32");
        assertThat(AccountMessages.clockTime(lockedUntil.withSecond(0).withNano(0).toInstant(), clock)).isEqualTo("14:31");
    }

    @Test
    void empty_fields_are_listed_in_order() {
        navigate(SignInView.class);

        type("", "");

        assertThat(errors()).containsExactly("请输入手机号码，如 13800000000", "请输入密码");
    }

    @Test
    void an_ended_session_is_explained_in_plain_words() {
        UI.getCurrent().navigate(SignInView.ROUTE, QueryParameters.of(SignInView.EXPIRED, ""));

        assertThat($(Paragraph.class).withClassName("notice").single().getText())
                .isEqualTo("为了安全，您已自动退出。已填写的内容已保存为草稿。");
    }

    /** Where the page was sent with a full load (sign-in reloads the page so the header and timeouts start fresh). */
    static String pendingLocation() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("open"))
                .map(js -> String.valueOf(js.getInvocation().getParameters().get(0)))
                .reduce((first, second) -> second).orElse("");
    }
}
