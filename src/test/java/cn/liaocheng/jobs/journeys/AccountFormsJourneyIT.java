package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in and register are the browser's own boxes, radio buttons and buttons (shell.NativeTextField and its kin), so
 * what Vaadin's fields did by themselves is checked here in a real browser: the 显示密码 button, Enter in the password
 * box, the message at each field after a failed try, and axe in both modes.
 */
class AccountFormsJourneyIT extends ApplicantJourneyBase {

    @Autowired TestAccounts testAccounts;

    @Test
    void a_keyboard_user_shows_the_password_and_signs_in_with_enter() {
        var person = testAccounts.applicant("赵敏");
        open("/sign-in");
        page.locator("#sign-in-phone").focus();
        page.keyboard().type(person.phoneNumber());
        page.keyboard().press("Tab");
        assertThat(focusMatches("e.id === 'sign-in-password'")).isTrue();
        page.keyboard().type(TestAccounts.PASSWORD);

        // 显示密码 comes next: a toggle button that shows the typed password and hides it again.
        page.keyboard().press("Tab");
        assertThat(focusMatches("e.id === 'sign-in-password-reveal'")).isTrue();
        page.keyboard().press("Space");
        assertThat(page.locator("#sign-in-password").getAttribute("type")).isEqualTo("text");
        assertThat(page.locator("#sign-in-password-reveal").getAttribute("aria-pressed")).isEqualTo("true");
        page.keyboard().press("Space");
        assertThat(page.locator("#sign-in-password").getAttribute("type")).isEqualTo("password");
        assertThat(page.locator("#sign-in-password-reveal").getAttribute("aria-pressed")).isEqualTo("false");

        // Enter in the password box signs in, with the password as typed (it has not left the box).
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/profile$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo("我的资料");
    }

    @Test
    void a_failed_registration_marks_every_field_and_the_summary_leads_to_it() {
        open("/register");
        page.locator("#register-submit").click();
        page.locator(".error-summary").waitFor();
        waitForVaadin();
        assertThat(page.title()).startsWith("错误：");
        assertThat(focusMatches("e.classList.contains('error-summary')")).as("the summary takes focus").isTrue();

        var phone = page.locator("#register-phone");
        assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(phone.getAttribute("aria-describedby")).isEqualTo("register-phone-hint register-phone-error");
        assertThat(page.locator("#register-phone-error").innerText()).isEqualTo("请输入手机号码，如 13800000000");

        page.locator(".error-summary a").first().click();
        // The link moves focus to the box itself.
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'register-phone'");
        assertNoAxeViolationsInBothModes();

        // Fixed and sent again: the field's mark goes.
        fill("register-phone", newPhone11());
        page.locator("#send-code").click();
        page.waitForFunction("() => document.querySelector('.code-status').textContent.trim().length > 0");
        assertThat(phone.getAttribute("aria-invalid")).isNull();
        assertThat(page.locator("#register-phone-error").count()).isZero();
    }
}
