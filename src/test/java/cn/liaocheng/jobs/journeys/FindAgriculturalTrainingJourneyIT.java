package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 莘县 is a farming county. A person who cannot use a mouse (or a family member with a keyboard) looks for
 * agricultural training there: from the home page to the course list, filters it to 莘县, 农村实用技术培训 and
 * rural residents, and opens a course, with Tab, Shift+Tab, Enter, Space and the arrow keys alone. Once in normal mode and
 * once in 关怀版 care mode switched on from the keyboard. Axe runs on every page; the home, list and detail
 * pages keep an ARIA snapshot (src/test/resources/journeys/*.aria.yml).
 */
class FindAgriculturalTrainingJourneyIT extends JourneyTestBase {

    private static final String COURSES = "培训课程";
    private static final String SHENXIAN = "莘县";
    private static final String RURAL_ONLY = "只看适合农村居民的";
    private static final String AGRICULTURAL = "农村实用技术培训";

    @Test
    void a_keyboard_user_finds_and_opens_agricultural_training_in_shenxian() {
        walkTheJourney(false);
    }

    @Test
    void a_keyboard_user_does_the_same_in_care_mode_switched_on_by_keyboard_and_it_stays_on() {
        walkTheJourney(true);

        // Remembered in the cookie: a reload still shows care mode, straight from the first HTML.
        page.reload();
        waitForPortal();
        assertThat(htmlHasClass("lc-care")).as("care mode after reload").isTrue();
        assertThat(page.locator("#care-toggle")).hasAttribute("aria-pressed", "true");
        assertThat(context.cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo("lc_a11y");
            assertThat(cookie.value).contains("care_1");
        });
    }

    private void walkTheJourney(boolean careMode) {
        // Home.
        open("/");
        assertThat(h1Text()).isEqualTo("残疾人就业服务");
        if (careMode) {
            tabTo("the 关怀版 button", "e.id === 'care-toggle'");
            page.keyboard().press("Space");
            waitForCareMode(true);
            waitForVaadin();
            assertThat(page.locator("#care-toggle")).hasAttribute("aria-pressed", "true");
        }
        assertNoAxeViolations(careMode);
        assertThat(page.locator("main")).matchesAriaSnapshot(resource("home.aria.yml"));

        // 菜单 opens the main navigation; its 培训课程 link, and Enter follows it without a page load.
        tabTo("the 菜单 button", "e.id === 'menu-toggle'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.getElementById('menu-toggle').getAttribute('aria-expanded') === 'true'");
        tabTo("the 培训课程 link of the main navigation", "e.matches('nav.site-nav a') && e.textContent.trim() === '" + COURSES + "'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo(COURSES);
        assertFocusOnH1();
        assertCareMode(careMode);
        assertNoAxeViolations(careMode);

        // County: open the Select from the keyboard and move down to 莘县.
        tabTo("the county Select", "e.closest('vaadin-select') && e.closest('vaadin-select').label === '县（市、区）'");
        page.keyboard().press("Enter");
        page.locator("vaadin-select[opened]").waitFor();
        pressUntilFocused("ArrowDown", "the 莘县 option", "e.matches('vaadin-select-item') && e.textContent.trim() === '" + SHENXIAN + "'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened]')");
        // The Select's accessible name now carries its value.
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("县（市、区） " + SHENXIAN))).isVisible();

        // The type of course, the same way: a car-wash class in 莘县 is not agricultural training.
        tabTo("the course type Select", "e.closest('vaadin-select') && e.closest('vaadin-select').label === '课程类型'");
        page.keyboard().press("Enter");
        page.locator("vaadin-select[opened]").waitFor();
        pressUntilFocused("ArrowDown", "the 农村实用技术培训 option", "e.matches('vaadin-select-item') && e.textContent.trim() === '" + AGRICULTURAL + "'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened]')");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("课程类型 " + AGRICULTURAL))).isVisible();

        // Rural residents only: a checkbox, ticked with Space.
        tabTo("the rural-only checkbox", "e.closest('vaadin-checkbox') && e.closest('vaadin-checkbox').label === '" + RURAL_ONLY + "'");
        page.keyboard().press("Space");
        page.waitForFunction("l => [...document.querySelectorAll('vaadin-checkbox')].some(c => c.label === l && c.checked)", RURAL_ONLY);

        // 查找.
        tabTo("the 查找 button", "e.id === 'filter-search'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=.*county=shenxian)(?=.*type=agricultural)(?=.*rural=1).*"));
        waitForPortal();
        // Focus is on the result count, so the first result is one Tab away; the title says what was chosen.
        page.waitForFunction("() => document.activeElement === document.getElementById('results-heading')");
        assertThat(page.title()).isEqualTo("培训课程 · 莘县 · 农村实用技术培训 · 适合农村居民 - 聊城残疾人就业服务");
        assertCareMode(careMode);

        // The count is in the results heading and was announced in the live region.
        var resultsHeading = page.locator("#results-heading").innerText().strip();
        assertThat(resultsHeading).matches("找到 [1-9]\\d* 项.*");
        page.waitForFunction("t => document.getElementById('live-region').textContent.includes(t)", resultsHeading);
        var cards = page.locator("li.offer-card");
        assertThat(cards.count()).isPositive();
        assertThat(cards.allInnerTexts()).allSatisfy(card -> assertThat(card).contains(SHENXIAN, AGRICULTURAL));
        assertNoAxeViolations(careMode);
        assertThat(page.locator("main")).matchesAriaSnapshot(resource("courses-shenxian-rural.aria.yml"));

        // The first course.
        var firstCourse = page.locator("li.offer-card h3 a").first().innerText().strip();
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => document.activeElement === document.querySelector('li.offer-card h3 a')"))
                .as("the first result is the next Tab stop").isEqualTo(true);
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/offers/[a-z0-9-]+$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo(firstCourse);
        assertFocusOnH1();
        assertCareMode(careMode);
        assertThat(page.locator("main")).containsText(SHENXIAN);
        assertNoAxeViolations(careMode);
        assertThat(page.locator("main")).matchesAriaSnapshot(resource("course-detail.aria.yml"));

        // The back link sits just before the h1.
        shiftTabTo("the back link", "e.matches('a.back-link')");
        assertThat(page.locator("a.back-link")).containsText("返回培训课程");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses(\\?.*)?$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo(COURSES);
        assertFocusOnH1();
        assertCareMode(careMode);
    }

    private void assertFocusOnH1() {
        page.waitForFunction("() => document.activeElement === document.querySelector('h1')");
        assertThat(h1HasFocus()).isTrue();
    }

    private void assertCareMode(boolean careMode) {
        assertThat(htmlHasClass("lc-care")).as("care mode on <html>").isEqualTo(careMode);
        assertThat(page.locator("#care-toggle")).hasAttribute("aria-pressed", Boolean.toString(careMode));
    }
}
