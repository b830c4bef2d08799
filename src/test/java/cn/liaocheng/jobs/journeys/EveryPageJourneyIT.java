package cn.liaocheng.jobs.journeys;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the portal, in normal mode and in 关怀版 care mode, measured in a real phone-sized
 * Chromium: no WCAG 2.2 A/AA violations (and AAA contrast in care mode), {@code lang}, a title, one h1 on the first
 * screen, the skip link first, the landmarks behind 菜单, focus rings of at least 3:1 against what is behind them, and
 * no sideways scrolling at 320 px. Screenshots of each page, with 菜单 open and closed, go to
 * {@code target/journey-screenshots}.
 */
class EveryPageJourneyIT extends JourneyTestBase {

    static final String NOT_FOUND = "找不到这个页面";

    /** A page of the portal: what it is, where it is, and the h1 a person should see there. */
    record PortalPage(String name, String path, String heading) {

        /** The same page with {@code ?care=1} (or {@code &care=1}) added, the link a family member can send. */
        String careModePath() {
            return path + (path.contains("?") ? "&" : "?") + "care=1";
        }

        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    static final List<PortalPage> PAGES = List.of(
            new PortalPage("home", "/", "残疾人就业服务"),
            new PortalPage("search all offers", "/offers", "查找项目"),
            new PortalPage("training courses", "/courses", "培训课程"),
            new PortalPage("incubation zones", "/incubation", "创业孵化"),
            new PortalPage("loans", "/loans", "贷款"),
            new PortalPage("job programmes", "/programmes", "就业岗位与项目"),
            new PortalPage("courses filtered to rural 莘县", "/courses?county=shenxian&rural=1", "培训课程"),
            // An agricultural course in 莘县, the first result of the list above.
            new PortalPage("agricultural course in 莘县", "/offers/shenxian-greenhouse-vegetables", "蔬菜大棚种植技术班"),
            new PortalPage("what can I get", "/check", "我能申请什么"),
            new PortalPage("checker, first question", "/check/for", "您在为谁查询？"),
            new PortalPage("how to apply", "/how-to-apply", "如何申请"),
            new PortalPage("plan progress", "/plan-progress", "计划进展"),
            new PortalPage("action plan areas", "/plan", "行动方案"),
            new PortalPage("action area 6, rural", "/plan/6", "（六）农村残疾人就业帮扶"),
            new PortalPage("action area 6, easy read", "/plan/6?easy=1", "（六）农村残疾人就业帮扶"),
            new PortalPage("training courses, easy read", "/courses?easy=1", "培训课程"),
            new PortalPage("account deleted", "/account/deleted", "您的账户已经删除"),
            new PortalPage("unknown address", "/no-such-page", NOT_FOUND),
            new PortalPage("unknown offer", "/offers/no-such-offer", NOT_FOUND));

    static Stream<Arguments> pagesInBothModes() {
        return PAGES.stream().flatMap(p -> Stream.of(Arguments.of(p, false), Arguments.of(p, true)));
    }

    @ParameterizedTest(name = "{0}, care mode {1}")
    @MethodSource("pagesInBothModes")
    void every_page_has_no_axe_violations_and_a_sound_structure_in_normal_and_care_mode(PortalPage portalPage, boolean careMode) {
        open(careMode ? portalPage.careModePath() : portalPage.path());
        waitForCareMode(careMode);

        var soft = new SoftAssertions();
        soft.assertThat(h1Text()).as("h1 text").isEqualTo(portalPage.heading());
        soft.assertThat(page.locator("h1").count()).as("number of h1 elements").isEqualTo(1);
        soft.assertThat(page.evaluate("document.documentElement.lang")).as("<html lang>").isEqualTo("zh-CN");
        soft.assertThat(page.title()).as("<title>").isNotBlank();
        var h1Top = WhatAPersonSees.h1Top(page);
        var smallestText = WhatAPersonSees.smallestText(page);
        soft.assertThat(page.getByRole(AriaRole.BANNER).count()).as("header (banner) landmarks").isEqualTo(1);
        soft.assertThat(page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("主要栏目")).count())
                .as("main navigation while 菜单 is closed").isZero();
        WhatAPersonSees.screenshots(page, portalPage.name().replace(' ', '-') + (careMode ? "-care" : ""));
        try {
            assertNoAxeViolations(careMode);
        } catch (AssertionError axe) {
            soft.fail(axe.getMessage());
        }

        // The skip link is the first stop of the keyboard and takes it into main.
        page.keyboard().press("Tab");
        soft.assertThat(page.evaluate("() => document.activeElement.matches('a.skip-link')"))
                .as("first Tab stop is the skip link (focused: %s)", focusedElement()).isEqualTo(true);
        soft.assertThat(page.locator(".skip-link").isVisible()).as("skip link visible when focused").isTrue();
        soft.assertThat((Boolean) page.evaluate("() => { const r = document.querySelector('.skip-link').getBoundingClientRect();"
                + " return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; }"))
                .as("focused skip link is on screen").isTrue();
        var address = page.url();
        page.keyboard().press("Enter");
        soft.assertThat((Boolean) afterLayout("() => !!document.activeElement.closest('main')"))
                .as("after the skip link focus is in main (focused: %s)", focusedElement()).isTrue();
        soft.assertThat(page.url().replace("#main-content", "")).as("the skip link stays on the page").isEqualTo(address);

        // On a phone the main navigation is behind 菜单; it is there, and the button says whether it is open.
        var menu = page.locator("#menu-toggle");
        soft.assertThat(menu.getAttribute("aria-expanded")).as("菜单 starts closed").isEqualTo("false");
        menu.click();
        waitForVaadin();
        soft.assertThat(menu.getAttribute("aria-expanded")).as("菜单 after a tap").isEqualTo("true");
        soft.assertThat(page.getByRole(AriaRole.NAVIGATION, new GetByRoleOptions().setName("主要栏目")).count())
                .as("main navigation landmark").isEqualTo(1);
        WhatAPersonSees.screenshots(page, portalPage.name().replace(' ', '-') + (careMode ? "-care" : "") + "-menu");
        try {
            assertAxeFindsNothing(careMode);
        } catch (AssertionError axe) {
            soft.fail("with 菜单 open: " + axe.getMessage());
        }

        soft.assertThat(page.getByRole(AriaRole.MAIN).count()).as("main landmarks").isEqualTo(1);
        soft.assertThat(page.getByRole(AriaRole.CONTENTINFO).count()).as("footer (contentinfo) landmarks").isEqualTo(1);

        // Every focus ring stands out from what is behind it, in the header, the page and the footer.
        open(careMode ? portalPage.careModePath() : portalPage.path());
        var rings = WhatAPersonSees.focusRings(page, 60);
        for (var ring : rings) {
            soft.assertThat(((Number) ring.get("ratio")).doubleValue()).as("focus ring contrast %s", ring)
                    .isGreaterThanOrEqualTo(WhatAPersonSees.FOCUS_RING_MIN_CONTRAST);
        }
        // The figures, for the people who look at a run (the assertions above hold the bounds).
        var worstRing = rings.stream().min(Comparator.comparingDouble(r -> ((Number) r.get("ratio")).doubleValue()));
        System.out.printf("what a person sees: %s, care mode %s: h1 top %.0f px; smallest text %s px (%s); worst focus ring %s%n",
                portalPage.path(), careMode, h1Top, smallestText.get("size"), smallestText.get("where"),
                worstRing.map(r -> String.format("%.2f:1 (%s on %s, %s)", ((Number) r.get("ratio")).doubleValue(),
                        r.get("ring"), r.get("behind"), r.get("element"))).orElse("none"));

        // 320 px: the narrowest phones still in use; nothing may scroll sideways (WCAG 1.4.10).
        page.setViewportSize(320, 780);
        Map<String, Object> widths = afterLayout("() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})");
        soft.assertThat(((Number) widths.get("scroll")).intValue()).as("scrollWidth at 320 px (innerWidth %s)", widths.get("inner"))
                .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue())
                .isLessThanOrEqualTo(320);
        soft.assertAll();
    }

    @Test
    void after_every_navigation_inside_the_portal_focus_is_on_the_new_h1_and_every_page_has_its_own_title() {
        open("/how-to-apply");
        var soft = new SoftAssertions();
        Map<String, String> titles = new LinkedHashMap<>();
        var previousHeading = h1Text();
        for (var portalPage : PAGES) {
            var before = page.title();
            // A filtered list is the same page as the list; the two unknown addresses are the same 404 page.
            var samePage = portalPage.heading().equals(previousHeading);
            followLinkTo(portalPage.path());
            try {
                page.waitForFunction("h => { const h1 = document.querySelector('h1');"
                        + " return h1 && h1.textContent.trim() === h && document.activeElement === h1; }", portalPage.heading());
                if (!samePage) {
                    page.waitForFunction("t => document.title !== t", before);
                }
            } catch (com.microsoft.playwright.TimeoutError e) {
                // Reported below, with what the page showed instead.
            }
            soft.assertThat(h1Text()).as("h1 after navigating to %s", portalPage.path()).isEqualTo(portalPage.heading());
            soft.assertThat(h1HasFocus()).as("focus on the h1 after navigating to %s (focused: %s)", portalPage.path(), focusedElement()).isTrue();
            soft.assertThat(page.title()).as("title after navigating to %s", portalPage.path()).isNotBlank();
            if (!samePage) {
                soft.assertThat(page.title()).as("title after navigating from %s to %s", before, portalPage.path()).isNotEqualTo(before);
            }
            titles.put(portalPage.path(), page.title());
            previousHeading = portalPage.heading();
        }
        // The filtered list is the course list, and both unknown addresses are the same 404 page.
        var distinctPages = new ArrayList<>(titles.keySet());
        distinctPages.removeAll(List.of("/courses?county=shenxian&rural=1", "/offers/no-such-offer"));
        soft.assertThat(distinctPages.stream().map(titles::get).toList()).as("titles of distinct pages: %s", titles).doesNotHaveDuplicates();
        soft.assertThat(titles.get("/offers/shenxian-greenhouse-vegetables")).as("detail page title").startsWith("蔬菜大棚种植技术班");
        soft.assertThat(titles.get("/no-such-page")).as("404 title").startsWith(NOT_FOUND);
        soft.assertAll();
    }
}
