package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in and the idle-session warning in a real browser, with the timeout shortened to 40 seconds (warning 20
 * seconds before, heartbeat every 5) through the properties the portal documents for this. Its own portal instance,
 * since no other journey wants sessions this short.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=false", "vaadin.devmode.devTools.enabled=false",
                "portal.session.idle-timeout=40s", "portal.session.warning-before=20s", "vaadin.heartbeatInterval=5"})
class SessionTimeoutJourneyIT {

    private static JourneyTestBase.SharedBrowser shared;

    @LocalServerPort int port;
    @Autowired TestAccounts testAccounts;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        shared = new JourneyTestBase.SharedBrowser();
    }

    @AfterAll
    static void close() throws Exception {
        shared.close();
    }

    @BeforeEach
    void openPhone() {
        context = shared.browser().newContext(new Browser.NewContextOptions().setViewportSize(360, 780)
                .setIsMobile(true).setHasTouch(true).setLocale("zh-CN").setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePhone() {
        context.close();
    }

    private void waitForVaadin() {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    private String h1() {
        page.locator("#page-heading").waitFor();
        waitForVaadin();
        return page.locator("h1").innerText().strip();
    }

    private void signInAs(String phone) {
        page.locator("#sign-in-phone input").fill(phone);
        page.locator("#sign-in-password input").fill(TestAccounts.PASSWORD);
        page.locator("#sign-in-submit").click();
    }

    @Test
    void a_protected_page_asks_to_sign_in_returns_there_and_signing_out_ends_it() {
        var user = testAccounts.applicant("王芳");
        page.navigate("/account");
        assertThat(h1()).isEqualTo("登录");

        signInAs(user.phoneNumber());
        page.waitForURL("**/account");
        assertThat(h1()).isEqualTo("我的账户");
        assertThat(page.locator("#account-link").innerText()).isEqualTo("我的账户");

        page.locator("#sign-out").click();
        page.waitForURL("**/sign-in?signed-out");
        assertThat(h1()).isEqualTo("登录");
        assertThat(page.locator(".notice").innerText()).isEqualTo("您已退出登录。");
        assertThat(page.locator("#sign-in-link").isVisible()).isTrue();

        page.navigate("/account");
        assertThat(h1()).isEqualTo("登录");
    }

    @Test
    void the_warning_takes_focus_one_key_extends_and_an_idle_session_ends_with_a_plain_message() {
        var user = testAccounts.applicant("李明");
        page.navigate("/sign-in");
        assertThat(h1()).isEqualTo("登录");
        signInAs(user.phoneNumber());
        page.waitForURL("**/profile");
        waitForVaadin();

        Locator dialog = page.locator("dialog#idle-warning[open]");
        dialog.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat((Boolean) page.evaluate("() => document.activeElement && document.activeElement.id === 'idle-stay'"))
                .isTrue();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG,
                new Page.GetByRoleOptions().setName("您还在吗？")).isVisible()).isTrue();

        page.keyboard().press("Enter");
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        page.locator("#live-region").filter(new Locator.FilterOptions().setHasText("已为您延长")).waitFor();

        // Now nothing more: the warning comes again, and then the session ends.
        dialog.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.waitForURL("**/sign-in?expired", new Page.WaitForURLOptions().setTimeout(60_000));
        assertThat(h1()).isEqualTo("登录");
        assertThat(page.locator(".notice").innerText()).isEqualTo("为了安全，您已自动退出。已填写的内容已保存为草稿。");

        page.navigate("/account");
        assertThat(h1()).isEqualTo("登录");
    }
}
