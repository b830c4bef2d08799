package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.liaocheng.jobs.accounts.FromAddress;
import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every real-browser journey shares: one portal (sample catalogue, fresh embedded PostgreSQL) and one
 * Chromium for all journey classes, and a fresh phone-sized browser context per test: 360x780, touch, zh-CN,
 * as most people here will open the portal.
 *
 * <p>Every IT class carries exactly these annotations (through this class), so Spring caches one context
 * for all of them. Tests wait for conditions (Vaadin idle, an element, a class on {@code <html>}), never sleep.
 *
 * <p>The portal runs on the production build, which is what people get: {@code ./mvnw verify} builds the optimised
 * frontend bundle into {@code target/classes} before the journeys (pom.xml, {@code pre-integration-test}), and
 * {@code vaadin.productionMode=true} serves it; {@link ProductionBuildJourneyIT} checks that it does. The fast view
 * tests before it stay in development mode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
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
    /** What the browser reported as Content-Security-Policy violations during this test, on any page of any phone. */
    final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @Autowired
    ApplicationContext sharedPortal;

    /**
     * Vaadin makes each Spring context's {@link SecurityContextHolderStrategy} the JVM-wide one when the context
     * starts. This JVM runs several portals (the shared one, the short-timeout one, the restarted one), and Spring
     * Security's filters keep the strategy of their own portal while our code asks the JVM-wide holder. Left alone,
     * a portal would read the signed-in person from another portal's thread-locals, which its filters never clear:
     * on a reused worker thread one person's sign-in showed up in another person's request. The portal under test
     * gets its own strategy back before each journey.
     */
    @BeforeEach
    void useThePortalsOwnSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(portalContext().getBean(SecurityContextHolderStrategy.class));
    }

    /** The Spring context of the portal this class drives; a class that starts its own portal returns that one. */
    ApplicationContext portalContext() {
        return sharedPortal;
    }

    @BeforeEach
    void openPhone() {
        context = newPhone();
        page = context.newPage();
    }

    /**
     * Every journey also checks the portal's Content-Security-Policy: whatever a page did (loading, UIDL and heartbeat
     * requests, scripts the server sends), the browser reported no violation on any page of any phone of the test.
     */
    @AfterEach
    void closePhone() {
        if (context != null) {
            context.close();
        }
        assertThat(cspViolations).as("Content-Security-Policy violations reported by the browser").isEmpty();
    }

    /**
     * A fresh phone: no cookies, no storage, and a network address of its own. The address reaches the portal the way
     * a reverse proxy reports it (X-Forwarded-For from 127.0.0.1, the one proxy the portal trusts by default), so
     * that the per-address sign-in and code limits count each phone apart, as they would on the internet.
     */
    BrowserContext newPhone() {
        return newPhone(FromAddress.unique());
    }

    /** A fresh phone on the network address {@code address}. */
    BrowserContext newPhone(String address) {
        var phone = browser.newContext(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", address))
                .setViewportSize(360, 780)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("zh-CN")
                .setDeviceScaleFactor(2)
                .setBaseURL("http://localhost:" + portalPort()));
        phone.setDefaultTimeout(15_000);
        phone.exposeFunction("journeyCspViolation", args -> cspViolations.add(String.valueOf(args[0])));
        phone.addInitScript("document.addEventListener('securitypolicyviolation', e => window.journeyCspViolation("
                + "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'"
                + " + e.lineNumber + ' on ' + location.pathname));");
        return phone;
    }

    String url(String path) {
        return "http://localhost:" + portalPort() + path;
    }

    /** The port of the portal this class drives; a class that starts its own portal returns that one's. */
    int portalPort() {
        return port;
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

    /** Presses Tab until the focused element matches a script condition on {@code e}; the keyboard alone moves focus. */
    void tabTo(String what, String condition) {
        pressUntilFocused("Tab", what, condition);
    }

    /** Presses Shift+Tab until the focused element matches a script condition on {@code e}. */
    void shiftTabTo(String what, String condition) {
        pressUntilFocused("Shift+Tab", what, condition);
    }

    /** Presses a key (Tab, ArrowDown, ...) until the focused element matches; fails after 60 presses. */
    void pressUntilFocused(String key, String what, String condition) {
        var visited = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press(key);
            if (focusMatches(condition)) {
                return;
            }
            visited.add(focusedElement());
        }
        fail("%s never reached %s; focus went through %s", key, what, visited);
    }

    boolean focusMatches(String condition) {
        return (Boolean) page.evaluate("() => { const e = document.activeElement; return !!e && !!(" + condition + "); }");
    }

    /** Evaluates a function after the browser has laid out and painted twice (no fixed sleeps). */
    @SuppressWarnings("unchecked")
    <T> T afterLayout(String function) {
        return (T) page.evaluate("f => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve((0, eval)('(' + f + ')')()))))",
                function);
    }

    /** On a phone the sections, the account links and the language are behind 菜单: opens it, as a person would. */
    void openMenu() {
        var toggle = page.locator("#menu-toggle");
        if (toggle.isVisible() && "false".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
            page.locator("#site-menu").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.VISIBLE));
        }
    }

    /** Closes 菜单 again, as its button does. */
    void closeMenu() {
        var toggle = page.locator("#menu-toggle");
        if (toggle.isVisible() && "true".equals(toggle.getAttribute("aria-expanded"))) {
            toggle.click();
            page.locator("#site-menu").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        }
    }

    /**
     * Navigates inside the running portal as a link would: puts a link into main and follows it, so Vaadin's
     * router handles it without a page load. For pages that have no link on the current page.
     */
    void followLinkTo(String path) {
        // The last one may still be there: a navigation to the same view (other parameters) keeps main's children.
        page.evaluate("p => { document.getElementById('journey-test-link')?.remove();"
                + " const a = document.createElement('a'); a.href = p; a.id = 'journey-test-link';"
                + " a.textContent = 'test link'; document.getElementById('main-content').prepend(a); }", path.substring(1));
        page.locator("#journey-test-link").click();
        waitForVaadin();
    }

    /**
     * Axe with the WCAG 2.2 A/AA rules; in care mode also the AAA contrast rule (7:1). One axe run, violations
     * only, reported rule by rule with the elements.
     */
    void assertNoAxeViolations(boolean careMode) {
        assertAxeFindsNothing(careMode);
        assertWhatAPersonSees(careMode);
    }

    /** Axe alone, for a state in which the page is deliberately not at rest, such as with 菜单 open. */
    void assertAxeFindsNothing(boolean careMode) {
        var where = page.url();
        // Scan what a person sees once the page has settled, not a colour halfway through a transition.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var options = new AxeRunOptions();
        var tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_AA_TAGS);
        options.setRunOnly(tags);
        if (careMode) {
            var enabled = new AxeRuleOptions();
            enabled.setEnabled(true);
            options.setRules(Map.of(AAA_CONTRAST_RULE, enabled));
        }
        options.setResultTypes(List.of("violations"));
        var results = new AxeBuilder(page).options(options).analyze();
        if (careMode) {
            var ran = Stream.of(results.getViolations(), results.getPasses(), results.getIncomplete(), results.getInapplicable())
                    .flatMap(List::stream).anyMatch(rule -> AAA_CONTRAST_RULE.equals(rule.getId()));
            assertThat(ran).as("axe ran %s on %s", AAA_CONTRAST_RULE, where).isTrue();
        }
        var violations = results.getViolations();
        assertThat(violations).withFailMessage("axe violations (WCAG 2.2 A/AA%s) on %s:%n%s",
                careMode ? " and AAA contrast for care mode" : "", where, describe(violations)).isEmpty();
    }

    /**
     * What axe does not check, on every page a journey scans: on a phone the h1 starts on the first screen (unless the
     * person opened 菜单 or the reading toolbar, which then fill it on purpose), no text is squeezed to one character
     * per line or cut off with "…", the page never scrolls sideways, and in care mode no text is smaller than 18 px.
     */
    void assertWhatAPersonSees(boolean careMode) {
        var where = page.url();
        WhatAPersonSees.firstScreen(page, careMode);
        var headerOpened = (Boolean) page.evaluate("() => !!document.querySelector('.site-header.menu-open, #a11y-toolbar:not([hidden])')");
        if (page.viewportSize().width < 640 && !headerOpened) {
            assertThat(WhatAPersonSees.h1Top(page)).as("top of the h1 on %s (care mode %s), px", where, careMode)
                    .isBetween(0.0, (double) WhatAPersonSees.FIRST_SCREEN_PX);
        }
        assertThat(WhatAPersonSees.squeezedTexts(page)).as("texts squeezed to one character per line on %s (care mode %s)",
                where, careMode).isEmpty();
        assertThat(WhatAPersonSees.cutOffTexts(page)).as("texts cut off with … on %s (care mode %s)", where, careMode)
                .isEmpty();
        assertThat(WhatAPersonSees.sidewaysOverflowPx(page)).as("sideways scrolling on %s (care mode %s), px", where,
                careMode).isLessThanOrEqualTo(0);
        if (careMode) {
            var smallest = WhatAPersonSees.smallestText(page);
            assertThat(((Number) smallest.get("size")).doubleValue())
                    .as("smallest text in care mode on %s: %s", where, smallest)
                    .isGreaterThanOrEqualTo(WhatAPersonSees.CARE_MODE_MIN_TEXT_PX);
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
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            // Debian's Chromium, never a downloaded one (the machines here have no route to Playwright's CDN).
            var environment = new HashMap<>(System.getenv());
            environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
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
