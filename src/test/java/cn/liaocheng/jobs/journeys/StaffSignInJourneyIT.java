package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.TestRateLimitTime;
import cn.liaocheng.jobs.shared.PhoneNumber;
import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff accounts end to end, with the sample profile's city administrator (13800000001): the administrator signs in
 * with password and a code, creates a 莘县 caseworker at 员工账户; the caseworker sets a password with a code, signs in
 * with password and a second code, and lands on 工作台. Each staff page is checked at 360 px and 1280 px with axe in
 * normal and care mode, and must not scroll sideways on the phone.
 */
class StaffSignInJourneyIT extends JourneyTestBase {

    private static final String ADMINISTRATOR = "13800000001";
    private static final String SAMPLE_STAFF_PASSWORD = "Liaocheng-staff-2026";
    private static final String NEW_PASSWORD = "莘县残联的新密码2026";

    @Autowired LoggingVerificationChannel sms;
    @Autowired TestRateLimitTime rateLimitTime;

    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void an_administrator_creates_a_caseworker_who_sets_a_password_and_signs_in_with_a_code() {
        // The administrator: password, then the code of the second step.
        open("/sign-in");
        fill("sign-in-phone", ADMINISTRATOR);
        fill("sign-in-password", SAMPLE_STAFF_PASSWORD);
        page.locator("#sign-in-submit").click();
        page.locator("#second-factor-heading").waitFor();
        waitForVaadin();
        assertThat(page.url()).as("no session yet").contains("/sign-in");
        assertThat(focusMatches("e.id === 'second-factor-heading'")).as("focus on step 2 (%s)", focusedElement()).isTrue();
        checkInPlace("sign-in, step 2");
        secondFactor(ADMINISTRATOR);
        page.waitForURL(Pattern.compile(".*/staff$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo("工作台");
        checkPage("/staff", "工作台");

        // 员工账户: a new caseworker for 莘县.
        page.locator("#staff-task-accounts").click();
        waitForHeading("员工账户");
        var caseworker = TestAccounts.uniquePhone().value();
        fill("new-staff-phone", caseworker);
        fill("new-staff-name", "莘县残联 赵老师");
        page.locator("#new-staff-role vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("县（市、区）残联工作人员")).locator("label").click();
        page.locator("#new-staff-county").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*莘县\\s*$")))
                .first().click();
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened]')");
        page.locator("#new-staff-submit").click();
        page.locator("#staff-accounts-status .notice").waitFor();
        assertThat(page.locator("#live-region").innerText()).startsWith("已为 莘县残联 赵老师 新建账户。");
        var row = page.locator("#staff-table tbody tr").filter(new Locator.FilterOptions().setHasText("莘县残联 赵老师"));
        assertThat(row.innerText()).contains("莘县", "等本人设置密码").doesNotContain(caseworker);
        checkPage("/staff/accounts", "员工账户");
        openMenu();
        page.locator("#sign-out").click();
        page.waitForURL(Pattern.compile(".*/sign-in\\?signed-out$"));

        // The caseworker, on a phone of their own: 设置密码 with a code, then sign in with password and a second code.
        context.close();
        context = newPhone();
        page = context.newPage();
        open("/sign-in");
        page.locator("a[href='set-password']").click();
        waitForHeading("设置密码");
        checkPage("/set-password", "设置密码");
        fill("set-password-phone", caseworker);
        page.locator("#send-code").click();
        page.locator(".code-status .notice").waitFor();
        fill("set-password-code", sms.latestCodeFor(new PhoneNumber(caseworker)));
        fill("set-password-password", NEW_PASSWORD);
        page.locator("#set-password-submit").click();
        waitForHeading("登录");
        assertThat(page.locator(".notice").first().innerText()).startsWith("密码已设置。");

        fill("sign-in-phone", caseworker);
        fill("sign-in-password", NEW_PASSWORD);
        page.locator("#sign-in-submit").click();
        page.locator("#second-factor-heading").waitFor();
        // The set-up code went to this phone from this network a moment ago: one code a minute (decision 0005).
        page.locator("#send-code").click();
        page.locator(".error-summary").filter(new Locator.FilterOptions().setHasText("验证码刚刚发过")).waitFor();
        rateLimitTime.skip(Duration.ofSeconds(61));
        secondFactor(caseworker);
        page.waitForURL(Pattern.compile(".*/staff$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo("工作台");
        assertThat(page.locator("#staff-scope").innerText()).isEqualTo("您负责莘县的申请。");
        assertThat(page.locator("#staff-task-accounts").count()).as("no staff accounts for a caseworker").isZero();
        checkPage("/staff", "工作台");
        // 当面确认代办, the caseworker's other page outside the review queue (which has a journey of its own).
        checkPage("/staff/helpers", "当面确认代办");
        soft.assertAll();
    }

    /** Sends the code of the second step by SMS, reads it "from the phone", types it and signs in. */
    private void secondFactor(String phone) {
        page.locator("#send-code").click();
        page.locator(".code-status .notice").waitFor();
        fill("second-factor-code", sms.latestCodeFor(new PhoneNumber(phone)));
        page.locator("#second-factor-submit").click();
    }

    private void fill(String id, String text) {
        page.locator("input#" + id + ", #" + id + " input").first().fill(text);
    }

    private void waitForHeading(String heading) {
        page.waitForFunction("h => { const h1 = document.querySelector('h1'); return h1 && h1.textContent.trim() === h; }",
                heading);
        waitForVaadin();
    }

    /** Opens the page in normal and care mode, at 360 px and 1280 px: one h1, axe clean, no sideways scrolling. */
    private void checkPage(String path, String heading) {
        for (boolean care : List.of(false, true)) {
            for (int width : List.of(360, 1280)) {
                page.setViewportSize(width, width == 360 ? 780 : 800);
                open(path + "?care=" + (care ? "1" : "0"));
                waitForCareMode(care);
                soft.assertThat(h1Text()).as("h1 of %s", path).isEqualTo(heading);
                soft.assertThat(page.locator("h1").count()).as("h1 count on %s", path).isEqualTo(1);
                axe(care, path + " at " + width + " px" + (care ? ", care mode" : ""));
                Map<String, Object> widths = afterLayout(
                        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})");
                soft.assertThat(((Number) widths.get("scroll")).intValue())
                        .as("scrollWidth of %s at %d px%s", path, width, care ? " (care)" : "")
                        .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
            }
        }
        page.setViewportSize(360, 780);
        open(path + "?care=0");
        waitForCareMode(false);
    }

    /** A state that is no page of its own (the second step of signing in): axe as it is, both widths. */
    private void checkInPlace(String what) {
        for (int width : List.of(360, 1280)) {
            page.setViewportSize(width, width == 360 ? 780 : 800);
            axe(false, what + " at " + width + " px");
        }
        page.setViewportSize(360, 780);
    }

    private void axe(boolean care, String where) {
        try {
            assertNoAxeViolations(care);
        } catch (AssertionError violations) {
            soft.fail(where + ": " + violations.getMessage());
        }
    }
}
