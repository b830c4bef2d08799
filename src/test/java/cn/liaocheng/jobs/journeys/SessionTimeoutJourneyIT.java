package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The account pages and the idle-session warning in a real browser. The session timeout is shortened to 40 seconds
 * (warning 20 seconds before, heartbeat every 5) through the properties the portal documents for this, so this class
 * has its own portal instance rather than the one the other journeys share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false",
                "portal.session.idle-timeout=40s", "portal.session.warning-before=20s", "vaadin.heartbeatInterval=5"})
class SessionTimeoutJourneyIT extends JourneyTestBase {

    @Autowired TestAccounts testAccounts;

    private void signInAs(String phone) {
        page.locator("#sign-in-phone").fill(phone);
        page.locator("#sign-in-password").fill(TestAccounts.PASSWORD);
        page.locator("#sign-in-submit").click();
    }

    private void checkPage(String path, String heading, boolean careMode, SoftAssertions soft) {
        // Care mode sticks (a cookie), so normal mode is asked for explicitly too.
        open(path + (path.contains("?") ? "&" : "?") + (careMode ? "care=1" : "care=0"));
        waitForCareMode(careMode);
        soft.assertThat(h1Text()).as("h1 of %s", path).isEqualTo(heading);
        soft.assertThat(page.locator("h1").count()).as("h1 count on %s", path).isEqualTo(1);
        try {
            assertNoAxeViolations(careMode);
        } catch (AssertionError axe) {
            soft.fail(axe.getMessage());
        }
        page.setViewportSize(320, 780);
        Map<String, Object> widths = afterLayout("() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})");
        soft.assertThat(((Number) widths.get("scroll")).intValue()).as("scrollWidth of %s at 320 px", path)
                .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
        page.setViewportSize(360, 780);
    }

    @Test
    void the_account_pages_have_no_axe_violations_in_normal_and_care_mode() {
        var soft = new SoftAssertions();
        for (boolean care : List.of(false, true)) {
            checkPage("/sign-in", "登录", care, soft);
            checkPage("/register", "注册", care, soft);
            checkPage("/reset-password", "重新设置密码", care, soft);
        }
        var user = testAccounts.applicant("王芳");
        open("/sign-in");
        signInAs(user.phoneNumber());
        page.waitForURL("**/profile");
        for (boolean care : List.of(false, true)) {
            checkPage("/account", "我的账户", care, soft);
        }
        // A failed sign-in shows the error summary; that state must pass too.
        openMenu();
        page.locator("#sign-out").click();
        page.waitForURL("**/sign-in?signed-out");
        waitForPortal();
        signInAs(user.phoneNumber().substring(0, 10));
        page.locator(".error-summary").waitFor();
        try {
            assertNoAxeViolations(false);
        } catch (AssertionError axe) {
            soft.fail(axe.getMessage());
        }
        soft.assertAll();
    }

    @Test
    void a_protected_page_asks_to_sign_in_returns_there_and_signing_out_ends_it() {
        var user = testAccounts.applicant("王芳");
        open("/account");
        assertThat(h1Text()).isEqualTo("登录");

        signInAs(user.phoneNumber());
        page.waitForURL("**/account");
        waitForPortal();
        assertThat(h1Text()).isEqualTo("我的账户");
        openMenu();
        assertThat(page.locator("#account-link").innerText()).isEqualTo("我的账户");

        page.locator("#sign-out").click();
        page.waitForURL("**/sign-in?signed-out");
        waitForPortal();
        assertThat(page.locator(".notice").innerText()).isEqualTo("您已退出登录。");
        openMenu();
        assertThat(page.locator("#sign-in-link").isVisible()).isTrue();

        open("/account");
        assertThat(h1Text()).isEqualTo("登录");
    }

    @Test
    void the_warning_takes_focus_one_key_extends_and_an_idle_session_ends_with_a_plain_message() {
        var user = testAccounts.applicant("李明");
        open("/sign-in");
        signInAs(user.phoneNumber());
        page.waitForURL("**/profile");
        waitForPortal();

        Locator dialog = page.locator("dialog#idle-warning[open]");
        dialog.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(focusMatches("e.id === 'idle-stay'")).as("focus on 继续使用 (focused: %s)", focusedElement()).isTrue();
        assertThat(page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("您还在吗？")).isVisible()).isTrue();

        page.keyboard().press("Enter");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        page.locator("#live-region").filter(new Locator.FilterOptions().setHasText("已为您延长")).waitFor();

        // Now nothing more: the warning comes again, and then the session ends.
        dialog.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForURL("**/sign-in?expired", new Page.WaitForURLOptions().setTimeout(60_000));
        waitForPortal();
        assertThat(h1Text()).isEqualTo("登录");
        assertThat(page.locator(".notice").innerText()).isEqualTo("为了安全，您已自动退出。已填写的内容已保存为草稿。");

        open("/account");
        assertThat(h1Text()).isEqualTo("登录");
    }
}
