package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every real-browser journey shares: one portal (production mode, sample catalogue, fresh embedded
 * PostgreSQL) and one Chromium for all journey classes, and a fresh phone-sized browser context per test:
 * 360x780, touch, zh-CN, as most people here will open the portal.
 *
 * <p>Every IT class carries exactly these annotations (through this class), so Spring caches one context
 * for all of them. Tests wait for conditions (Vaadin idle, an element, a class on {@code <html>}), never sleep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"vaadin.productionMode=false", "vaadin.devmode.devTools.enabled=false"})
@ActiveProfiles("sample")
abstract class JourneyTestBase {

    /** WCAG 2.2 A and AA as axe tags them; the definition of "no violations". */
    static final List<String> WCAG_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** WCAG 1.4.6 (AAA) contrast of 7:1, required in care mode. */
    static final String AAA_CONTRAST_RULE = "color-contrast-enhanced";

    private static Browser browser;

    /** Launches Chromium once for the whole run; JUnit closes it when the last test class is done. */
    @RegisterExtension
    static final BeforeAllCallback SHARED_BROWSER = context -> browser = context.getRoot()
            .getStore(ExtensionContext.Namespace.create(JourneyTestBase.class))
            .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(), SharedBrowser.class)
            .browser();

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeEach
    void openPhone() {
        context = newPhone();
        page = context.newPage();
    }

    @AfterEach
    void closePhone() {
        if (context != null) {
            context.close();
        }
    }

    /** A fresh phone: no cookies, no storage. */
    BrowserContext newPhone() {
        var phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 780)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("zh-CN")
                .setDeviceScaleFactor(2)
                .setBaseURL("http://localhost:" + port));
        phone.setDefaultTimeout(15_000);
        return phone;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens an address as a fresh page load and waits until Vaadin has rendered it and is idle. */
    void open(String path) {
        page.navigate(url(path));
        waitForPortal();
    }

    /** Waits until the view's h1 is there and Vaadin has no request in flight. */
    void waitForPortal() {
        page.locator("#page-heading").waitFor();
        waitForVaadin();
    }

    void waitForVaadin() {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Waits until care mode is (or is not) applied to {@code <html>}. */
    void waitForCareMode(boolean on) {
        page.waitForFunction("on => document.documentElement.classList.contains('lc-care') === on", on);
    }

    boolean htmlHasClass(String cssClass) {
        return (Boolean) page.evaluate("c => document.documentElement.classList.contains(c)", cssClass);
    }

    String h1Text() {
        return page.locator("h1").innerText().strip();
    }

    boolean h1HasFocus() {
        return (Boolean) page.evaluate("() => document.activeElement === document.querySelector('h1')");
    }

    /** A short description of the focused element, for assertion messages. */
    String focusedElement() {
        return (String) page.evaluate("() => { const e = document.activeElement; if (!e) return 'nothing';"
                + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                + " + ' \"' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '\"'; }");
    }

    /** Evaluates a function after the browser has laid out and painted twice (no fixed sleeps). */
    @SuppressWarnings("unchecked")
    <T> T afterLayout(String function) {
        return (T) page.evaluate("f => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve((0, eval)('(' + f + ')')()))))",
                function);
    }

    /**
     * Navigates inside the running portal as a link would: puts a link into main and follows it, so Vaadin's
     * router handles it without a page load. For pages that have no link on the current page.
     */
    void followLinkTo(String path) {
        page.evaluate("p => { const a = document.createElement('a'); a.href = p; a.id = 'journey-test-link';"
                + " a.textContent = 'test link'; document.getElementById('main-content').prepend(a); }", path.substring(1));
        page.locator("#journey-test-link").click();
        waitForVaadin();
    }

    /** Axe with WCAG 2.2 A/AA rules; in care mode also the AAA contrast rule. */
    void assertNoAxeViolations(boolean careMode) {
        var where = page.url();
        var violations = new AxeBuilder(page).withTags(WCAG_AA_TAGS).analyze().getViolations();
        assertThat(violations).as("axe WCAG 2.2 AA violations on %s%n%s", where, describe(violations)).isEmpty();
        if (careMode) {
            var enhanced = new AxeBuilder(page).withRules(List.of(AAA_CONTRAST_RULE)).analyze().getViolations();
            assertThat(enhanced).as("axe AAA contrast (care mode) violations on %s%n%s", where, describe(enhanced)).isEmpty();
        }
    }

    /** One readable block per violated rule: rule, impact, help, and each element with axe's explanation. */
    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + "\n" + rule.getNodes().stream()
                        .map(node -> "    at " + node.getTarget() + "\n      " + String.valueOf(node.getFailureSummary())
                                .replace("\n", "\n      ")
                                + "\n      html: " + abbreviate(node.getHtml()))
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }

    /** Text of a resource under src/test/resources/journeys/, e.g. an ARIA snapshot. */
    static String resource(String name) {
        try (var in = JourneyTestBase.class.getResourceAsStream("/journeys/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource journeys/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Playwright and Chromium for the whole test run. */
    static final class SharedBrowser implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        SharedBrowser() {
            var executable = System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium");
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException("No Chromium at " + executable
                        + ": install Debian's chromium (apt-get install chromium fonts-noto-cjk) or set PORTAL_CHROMIUM");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(executable))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--disable-quic")));
        }

        Browser browser() {
            return browser;
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
