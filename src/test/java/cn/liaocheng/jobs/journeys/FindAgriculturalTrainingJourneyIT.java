package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 莘县 is a farming county. A person who cannot use a mouse (or a family member with a keyboard) looks for
 * agricultural training there: from the home page to the course list, filters it to 莘县, 农村实用技术培训 and
 * rural residents (each applies when chosen), and opens a course, with Tab, Shift+Tab, Enter, Space and the arrow
 * keys alone. Once in normal mode and
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

        // The form says before its fields that a choice applies at once.
        assertThat(page.locator("#filter-hint")).containsText("立即更新");

        // County: the browser's own select, moved through with the arrow keys; the list follows the option the
        // person stops at, and focus stays on the field.
        tabTo("the county select", "e.id === 'filter-county'");
        pressUntilFocused("ArrowDown", "the 莘县 option",
                "e.id === 'filter-county' && e.selectedOptions[0].text === '" + SHENXIAN + "'");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$)).*"));
        waitForPortal();
        assertThat(focusMatches("e.id === 'filter-county'")).as("focus stays on the county field").isTrue();

        // The type of course, the field before it: a car-wash class in 莘县 is not agricultural training.
        shiftTabTo("the course type select", "e.id === 'filter-type'");
        pressUntilFocused("ArrowDown", "the 农村实用技术培训 option",
                "e.id === 'filter-type' && e.selectedOptions[0].text === '" + AGRICULTURAL + "'");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$))(?=(.*&)?type=agricultural(&|$)).*"));
        waitForPortal();

        // Rural residents only: a checkbox, ticked with Space.
        tabTo("the rural-only checkbox", "e.id === 'filter-rural'");
        page.keyboard().press("Space");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$))(?=(.*&)?type=agricultural(&|$))(?=(.*&)?rural=1(&|$)).*"));
        waitForPortal();
        assertThat(focusMatches("e.id === 'filter-rural'")).as("focus stays on the checkbox").isTrue();
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
        // Past 只看现在可以报名的, 查找 and 清除所有条件, the first result.
        tabTo("the first result", "e === document.querySelector('li.offer-card h3 a')");
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
