package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The portal's main pages under its Content-Security-Policy in a real Chromium: each page and each of Vaadin's UIDL
 * answers carries the policy, the pages work (a button on every page makes a UIDL round trip), and the browser reports
 * no violation (checked after every journey by {@link JourneyTestBase}). The policy itself is shown to bite: a script
 * the portal did not send is blocked.
 */
class ContentSecurityPolicyJourneyIT extends ApplicantJourneyBase {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/offers", "/courses", "/incubation", "/loans",
            "/programmes", "/offers/shenxian-greenhouse-vegetables", "/how-to-apply", "/plan", "/plan/6?easy=1", "/sign-in", "/register",
            "/reset-password", "/no-such-page");

    private final List<Response> vaadinAnswers = new CopyOnWriteArrayList<>();

    private void recordVaadinAnswers() {
        page.onResponse(response -> {
            if (response.url().contains("v-r=")) {
                vaadinAnswers.add(response);
            }
        });
    }

    /** Opens the page and checks its policy; opens and closes the toolbar, which is a UIDL round trip each time. */
    private void openWithPolicy(String path) {
        var response = page.navigate(url(path));
        waitForPortal();
        assertThat(response.headerValue("content-security-policy")).as("policy of %s", path)
                .contains("'nonce-", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        page.locator("#toolbar-toggle").click();
        page.locator("#a11y-toolbar").waitFor();
        page.locator("#toolbar-toggle").click();
        page.waitForFunction("() => document.getElementById('toolbar-toggle').getAttribute('aria-expanded') === 'false'");
        waitForVaadin();
    }

    @Test
    void the_main_pages_work_under_the_policy_and_every_vaadin_answer_carries_it() {
        recordVaadinAnswers();
        for (var path : PUBLIC_PAGES) {
            openWithPolicy(path);
        }
        switchCareMode(true);
        switchCareMode(false);

        register(newPhone11(), "孙桂兰");
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        selectOption("profile-county", "东阿县");
        fill("profile-township", "铜城街道");
        choose("profile-household", "城镇户口");
        choose("profile-education", "初中");
        choose("profile-contact", "打电话");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForPortal();
        openWithPolicy("/applications");
        openWithPolicy("/account");
        followLinkTo("/apply/shenxian-greenhouse-vegetables");
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");

        assertThat(vaadinAnswers).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).as("status of %s", answer.url()).isEqualTo(200);
            assertThat(answer.headerValue("content-security-policy")).as("policy of %s", answer.url()).contains("'nonce-");
        });
    }

    @Test
    void a_script_the_portal_did_not_send_is_blocked_and_reported() {
        open("/");

        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.append(s); }");
        page.waitForCondition(() -> !cspViolations.isEmpty());

        assertThat(page.evaluate("() => window.injected === true")).isEqualTo(false);
        assertThat(cspViolations).singleElement().asString().startsWith("script-src-elem blocked inline");
        // Seen and expected; the check after every journey must not count it.
        cspViolations.clear();
    }
}
