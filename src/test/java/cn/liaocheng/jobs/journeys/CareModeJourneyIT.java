package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 关怀版 care mode as a person with low vision, a tremor or little experience with phones gets it, measured
 * in the browser: large text with room between lines, big targets, nothing moving, and a link that a family
 * member can send to switch it on (or off).
 */
class CareModeJourneyIT extends JourneyTestBase {

    private static final List<String> PAGES = List.of("/", "/courses", "/offers/shenxian-greenhouse-vegetables", "/how-to-apply");

    /** Text elements whose computed size must be large: everything people read in main, header and footer. */
    private static final String TEXT_SIZES = """
            () => [...document.querySelectorAll('body, p, li, dd, dt, label, .offer-meta, .sample-badge, .site-footer p')]
                .filter(e => e === document.body || (e.getClientRects().length > 0 && e.innerText.trim()))
                .map(e => { const s = getComputedStyle(e); return {
                    what: e === document.body ? 'body' : e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                          + ' "' + e.innerText.trim().slice(0, 20) + '"',
                    size: parseFloat(s.fontSize),
                    lineHeight: s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight) / parseFloat(s.fontSize) }; })
            """;

    /**
     * Every visible interactive element with its touch target: the host for Vaadin buttons, checkboxes and
     * radio buttons, the input box for text fields and Selects. Links inside running text are left out, as
     * WCAG 2.5.8 allows. {@code main} marks the portal's main controls, which must reach 60x60.
     */
    private static final String TARGETS = """
            () => {
              const MAIN = '#toolbar-toggle, #care-toggle, #home-link, #language-switch, #filter-search, #home-search-button,'
                         + ' vaadin-button[theme~="primary"], .lc-button-primary, .button-link, .offer-card h3 a, .kind-card h3 a';
              const INTERACTIVE = 'a[href], button, vaadin-button, vaadin-checkbox, vaadin-radio-button, vaadin-text-field,'
                         + ' vaadin-select, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
              const inComposite = e => e.parentElement && e.parentElement.closest('vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-select, vaadin-button');
              const inlineInText = e => e.tagName === 'A' && e.parentElement.matches('p') && e.parentElement.innerText.trim() !== e.innerText.trim();
              const box = e => {
                const field = (e.matches('vaadin-text-field, vaadin-select') && e.shadowRoot) ? e.shadowRoot.querySelector('[part="input-field"]') : null;
                return (field || e).getBoundingClientRect();
              };
              return [...document.querySelectorAll(INTERACTIVE)]
                .filter(e => !inComposite(e) && !inlineInText(e) && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
                .map(e => { const r = box(e); return {
                    what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.innerText || e.getAttribute('label') || e.getAttribute('aria-label') || '').trim().slice(0, 20) + '"',
                    main: e.matches(MAIN), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 }; });
            }
            """;

    /**
     * Every running animation or transition that changes something visible, in the document and in the
     * components' shadow roots. Vaadin's overlays run a keyframe animation that changes no property at all
     * (lumo-overlay-dummy-animation, a timing hook); it moves nothing, so it doesn't count.
     */
    private static final String RUNNING_ANIMATIONS = """
            () => {
              const roots = [document];
              const walk = root => root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { roots.push(e.shadowRoot); walk(e.shadowRoot); } });
              walk(document);
              const all = new Set();
              roots.forEach(r => r.getAnimations().forEach(a => all.add(a)));
              const changesSomething = a => {
                if (!a.effect || !a.effect.getKeyframes) return true;
                const frames = a.effect.getKeyframes();
                const ignored = ['offset', 'computedOffset', 'easing', 'composite'];
                const props = new Set(frames.flatMap(f => Object.keys(f).filter(k => !ignored.includes(k))));
                return [...props].some(p => new Set(frames.map(f => f[p])).size > 1 || frames.length < 2);
              };
              return [...all].filter(a => a.playState === 'running' && changesSomething(a)).map(a => {
                const t = a.effect && a.effect.target;
                return (a.animationName || a.transitionProperty || a.constructor.name) + ' on '
                    + (t ? t.tagName.toLowerCase() + (t.id ? '#' + t.id : '') + (t.getAttribute('part') ? '[part=' + t.getAttribute('part') + ']' : '') : '?');
              });
            }
            """;

    @Test
    void care_mode_body_text_is_about_22px_and_never_below_18px_with_line_height_of_at_least_1_5() {
        for (var path : PAGES) {
            open(path + "?care=1");
            waitForCareMode(true);
            List<Map<String, Object>> texts = evaluateList(TEXT_SIZES);
            var body = texts.getFirst();
            assertThat(number(body, "size")).as("body font size on %s", path).isCloseTo(22.0, within(2.0));
            assertThat(texts).as("text smaller than 18 px or tighter than 1.5 lines on %s", path)
                    .filteredOn(t -> number(t, "size") < 18 || number(t, "lineHeight") < 1.5)
                    .isEmpty();
        }
    }

    @Test
    void the_largest_text_step_in_care_mode_reaches_at_least_30px() {
        open("/how-to-apply?care=1");
        waitForCareMode(true);
        page.locator("#toolbar-toggle").click();
        var larger = page.locator("#a11y-toolbar button", new Page.LocatorOptions().setHasText("文字变大"));
        for (int step = 1; step <= 4; step++) {
            larger.click();
            page.waitForFunction("c => document.documentElement.classList.contains(c)", "lc-size-" + step);
        }
        List<Map<String, Object>> texts = evaluateList(TEXT_SIZES);
        assertThat(number(texts.getFirst(), "size")).as("body font size at the largest step").isGreaterThanOrEqualTo(30.0);
        assertThat(texts).as("paragraph text at the largest step")
                .filteredOn(t -> String.valueOf(t.get("what")).startsWith("p") && number(t, "size") < 30)
                .isEmpty();
        assertThat(texts).as("line height at the largest step").filteredOn(t -> number(t, "lineHeight") < 1.5).isEmpty();
        // One more press says so instead of doing nothing.
        larger.click();
        assertThat(page.locator("#live-region")).containsText("文字已经是最大了");
    }

    @Test
    void main_controls_are_at_least_60px_square_and_every_other_target_at_least_44px() {
        for (var path : List.of("/", "/courses", "/offers/shenxian-greenhouse-vegetables")) {
            open(path + "?care=1");
            waitForCareMode(true);
            // With the reading toolbar open, so that its controls are measured too.
            page.locator("#toolbar-toggle").click();
            page.locator("#a11y-toolbar").waitFor();
            waitForVaadin();
            List<Map<String, Object>> targets = evaluateList(TARGETS);
            assertThat(targets).as("main controls measured on %s", path).anySatisfy(t -> assertThat(t.get("main")).isEqualTo(true));
            assertThat(targets).as("main controls smaller than 60x60 on %s", path)
                    .filteredOn(t -> Boolean.TRUE.equals(t.get("main")) && (number(t, "width") < 60 || number(t, "height") < 60))
                    .isEmpty();
            assertThat(targets).as("targets smaller than 44x44 on %s", path)
                    .filteredOn(t -> number(t, "width") < 44 || number(t, "height") < 44)
                    .isEmpty();
        }
    }

    @Test
    void nothing_moves_in_care_mode() {
        open("/courses?care=1");
        waitForCareMode(true);
        assertNoRunningAnimations("after loading");

        page.locator("#toolbar-toggle").click();
        page.locator("#a11y-toolbar").waitFor();
        assertNoRunningAnimations("after opening the reading toolbar");

        page.locator("#filter-search").hover();
        assertNoRunningAnimations("while hovering a button");

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("县（市、区）")).focus();
        assertNoRunningAnimations("with the county field focused");

        page.getByText("只看现在可以报名的").click();
        page.waitForURL(Pattern.compile(".*/courses\\?.*open=1.*"));
        waitForPortal();
        assertNoRunningAnimations("after ticking a checkbox");

        page.locator("li.offer-card h3 a").first().click();
        waitForPortal();
        assertNoRunningAnimations("after opening an offer");
    }

    @Test
    @SuppressWarnings("unchecked")
    void care_mode_shows_at_most_five_results_per_page_in_one_column_without_summaries() {
        open("/courses?care=1");
        waitForCareMode(true);
        var cards = page.locator("li.offer-card");
        assertThat(cards.count()).isBetween(1, 5);
        assertThat(page.locator(".offer-summary").first()).isHidden();
        var lefts = (List<Object>) page.evaluate("() => [...document.querySelectorAll('li.offer-card')].map(c => Math.round(c.getBoundingClientRect().left))");
        assertThat(lefts).as("cards in one column").containsOnly(lefts.getFirst());
        assertThat(page.locator("nav.pagination")).isVisible();

        open("/?care=1");
        waitForCareMode(true);
        assertThat(page.locator(".care-secondary")).isHidden();
    }

    @Test
    void a_care_link_switches_care_mode_on_in_a_fresh_browser_and_care_0_switches_it_off() {
        open("/offers?care=1");
        waitForCareMode(true);
        assertThat(page.locator("#care-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(careCookie(context)).contains("care_1");

        // Remembered: the next page's first HTML already has it, so large text never flashes small first.
        var html = context.request().get(url("/how-to-apply")).text();
        assertThat(html).containsPattern("<html[^>]*class=\"[^\"]*lc-care");
        open("/how-to-apply");
        waitForCareMode(true);

        open("/loans?care=0");
        waitForCareMode(false);
        assertThat(page.locator("#care-toggle")).hasAttribute("aria-pressed", "false");
        assertThat(careCookie(context)).contains("care_0");
        open("/");
        waitForCareMode(false);

        try (var fresh = newPhone()) {
            var freshPage = fresh.newPage();
            freshPage.navigate(url("/courses?care=0"));
            freshPage.locator("#page-heading").waitFor();
            assertThat(freshPage.locator("#care-toggle")).hasAttribute("aria-pressed", "false");
            assertThat((Boolean) freshPage.evaluate("() => document.documentElement.classList.contains('lc-care')")).isFalse();
        }
    }

    private void assertNoRunningAnimations(String when) {
        List<String> running = afterLayout(RUNNING_ANIMATIONS);
        assertThat(running).as("animations or transitions running %s", when).isEmpty();
    }

    private static String careCookie(BrowserContext browserContext) {
        return browserContext.cookies().stream().filter(c -> c.name.equals("lc_a11y")).map(c -> c.value).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> evaluateList(String function) {
        return (List<Map<String, Object>>) page.evaluate(function);
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
