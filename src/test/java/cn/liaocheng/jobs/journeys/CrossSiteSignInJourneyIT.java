package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Login CSRF: a page on another site posts a sign-in form to the portal with the attacker's own phone number and
 * password, hoping the visitor's browser ends up signed in as the attacker (and then fills in their disability
 * details for the attacker to read). The portal has no form-login endpoint any more, so nobody is signed in; the
 * sign-in page itself still works as before.
 */
class CrossSiteSignInJourneyIT extends ApplicantJourneyBase {

    /** Plain http, so that Chromium submits the form without its warning for secure pages posting to insecure ones. */
    private static final String EVIL_SITE = "http://evil.example";

    @Autowired TestAccounts testAccounts;

    private String evilPage(String phone) {
        return """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>领奖</title></head><body>
                <form id="f" method="post" action="%s">
                  <input name="username" value="%s"><input name="password" value="%s">
                </form>
                <script>document.getElementById('f').submit();</script>
                </body></html>""".formatted(url("/sign-in"), phone, TestAccounts.PASSWORD);
    }

    @Test
    void a_sign_in_form_posted_from_another_site_signs_nobody_in_and_the_sign_in_page_still_works() {
        var attacker = testAccounts.applicant("陌生人");
        page.route(EVIL_SITE + "/**", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody(evilPage(attacker.phoneNumber()))));

        page.navigate(EVIL_SITE + "/prize");
        page.waitForURL(Pattern.compile("^" + Pattern.quote(url("/")) + ".*"));
        page.waitForLoadState();

        open("/account");
        assertThat(h1Text()).as("the visitor is not signed in as the attacker").isEqualTo("登录");
        assertThat(page.locator("#account-link").count()).isZero();

        // The same POST without a browser, as a script would send it: no redirect into the portal either.
        var response = context.request().post(url("/sign-in"), RequestOptions.create()
                .setHeader("Origin", EVIL_SITE).setMaxRedirects(0)
                .setForm(FormData.create().set("username", attacker.phoneNumber()).set("password", TestAccounts.PASSWORD)));
        assertThat(response.status()).as("status of the cross-site POST").isNotEqualTo(302);
        open("/account");
        assertThat(h1Text()).isEqualTo("登录");
        assertNoAxeViolations(false);

        // The person's own sign-in on the page is unaffected.
        var person = testAccounts.applicant("王芳");
        typeSignIn(person.phoneNumber());
        assertThat(page.url()).endsWith("/account");
        assertThat(h1Text()).isEqualTo("我的账户");
        assertThat(page.locator("#account-link").innerText()).isEqualTo("我的账户");
    }
}
