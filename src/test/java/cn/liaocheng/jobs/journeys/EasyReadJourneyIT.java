package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 易读版 on a 360 px phone with the keyboard alone: a relative reading the 莘县 course list to their father switches
 * it to easy read and back, and the filter stays; then the rural action area (/plan/6) in easy read. Once in normal
 * mode and once in 关怀版 care mode; axe on every state.
 */
class EasyReadJourneyIT extends JourneyTestBase {

    private static final String FOCUS_ON_EASY_HEADING = "() => document.activeElement && document.activeElement.id === 'easy-read-heading'";
    private static final String FOCUS_ON_SWITCH = "() => document.activeElement && document.activeElement.id === 'easy-read-switch'";

    @Test
    void easy_read_opens_and_closes_by_keyboard_and_keeps_the_filter() {
        walk(false);
    }

    @Test
    void the_same_in_care_mode_in_one_column_with_big_text() {
        walk(true);
    }

    private void walk(boolean careMode) {
        open(careMode ? "/courses?county=shenxian&care=1" : "/courses?county=shenxian");
        waitForCareMode(careMode);
        assertThat(h1Text()).isEqualTo("培训课程");
        assertThat(page.locator("#easy-read-switch")).hasAttribute("aria-pressed", "false");

        tabTo("the 易读版 switch", "e.id === 'easy-read-switch'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$))(?=(.*&)?easy=1(&|$)).*"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_EASY_HEADING);
        assertThat(page.locator("#easy-read-heading")).hasText("培训课程：易读版");
        assertThat(page.locator("#live-region")).containsText("已打开易读版");
        assertThat(page.locator("#easy-read-switch")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator(".easy-read-ideas img").first()).hasAttribute("alt", "图：书本");
        assertOneColumnOnThePhone(careMode);
        assertNoAxeViolations(careMode);

        // Back: the switch is just above; focus stays on it, the filter stays in the address.
        shiftTabTo("the 易读版 switch", "e.id === 'easy-read-switch'");
        page.keyboard().press("Enter");
        // The other parameters (care=1 in care mode) stay as they were.
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$))(?!.*easy=).*"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_SWITCH);
        assertThat(page.locator("#easy-read")).isHidden();
        assertThat(page.locator("#live-region")).containsText("已回到完整版");
        assertThat(page.locator("#filter-county")).hasValue("shenxian");

        // An action area of the plan, in easy read.
        open(careMode ? "/plan/6?care=1" : "/plan/6");
        waitForCareMode(careMode);
        assertThat(h1Text()).isEqualTo("（六）农村残疾人就业帮扶");
        assertNoAxeViolations(careMode);
        tabTo("the 易读版 switch", "e.id === 'easy-read-switch'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/plan/6\\?(?=(.*&)?easy=1(&|$)).*"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_EASY_HEADING);
        assertThat(page.locator("#easy-read")).containsText("住在农村，也能学本事、挣钱。");
        assertThat(page.locator("#easy-read")).containsText("实用技术培训");
        assertOneColumnOnThePhone(careMode);
        assertNoAxeViolations(careMode);
    }

    /** Every idea on its own line, picture left of the text, nothing wider than the phone; bigger in care mode. */
    private void assertOneColumnOnThePhone(boolean careMode) {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= innerWidth"))
                .as("no sideways scrolling").isTrue();
        var lefts = page.evaluate("() => [...document.querySelectorAll('.easy-read-ideas li')]"
                + ".map(li => Math.round(li.getBoundingClientRect().left))");
        assertThat((java.util.List<?>) lefts).as("one column").isNotEmpty().allMatch(left -> left.equals(((java.util.List<?>) lefts).getFirst()));
        var sentenceSize = (Number) page.evaluate("() => parseFloat(getComputedStyle(document.querySelector('.easy-read-sentence')).fontSize)");
        var pictureWidth = (Number) page.evaluate("() => document.querySelector('.easy-read-ideas img').getBoundingClientRect().width");
        if (careMode) {
            assertThat(htmlHasClass("lc-care")).isTrue();
            assertThat(sentenceSize.doubleValue()).as("sentence text in care mode").isGreaterThanOrEqualTo(24);
            assertThat(pictureWidth.doubleValue()).as("pictures in care mode").isGreaterThanOrEqualTo(64);
        } else {
            assertThat(sentenceSize.doubleValue()).as("sentence text").isGreaterThanOrEqualTo(16);
        }
    }
}
