package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 易读版 on a 360 px phone with the keyboard alone: a relative reading the 莘县 course list to their father switches
 * it to easy read and back, and the filter stays; then the rural action area (/plan/6) in easy read; page 2 of the
 * courses keeps its page when switched, and the next page, an offer and the way back stay in easy read; the list of all
 * offers has its own. Once in normal mode and once in 关怀版 care mode; axe on every state. And the editors' pages, big
 * targets and keyboard only, in both modes.
 */
class EasyReadJourneyIT extends JourneyTestBase {

    private static final String CITY_ADMINISTRATOR = "13800000001";
    private static final String SAMPLE_STAFF_PASSWORD = "Liaocheng-staff-2026";

    @Autowired LoggingVerificationChannel sms;

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
        keepsThePlaceOnPage2AndOnToAnOffer(careMode);
        allOffersInEasyRead(careMode);
    }

    /** Page 2 of the courses: the switch keeps the page, the next page and an offer's page stay in easy read. */
    private void keepsThePlaceOnPage2AndOnToAnOffer(boolean careMode) {
        open(careMode ? "/courses?page=2&care=1" : "/courses?page=2");
        waitForCareMode(careMode);
        tabTo("the 易读版 switch", "e.id === 'easy-read-switch'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?page=2(&|$))(?=(.*&)?easy=1(&|$)).*"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_EASY_HEADING);
        assertThat(page.locator("#results-heading")).containsText("第 2 页");

        tabTo("the next page", "e.getAttribute('rel') === 'next'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?page=3(&|$))(?=(.*&)?easy=1(&|$)).*"));
        waitForPortal();
        assertThat(page.locator("#easy-read-heading")).hasText("培训课程：易读版");
        assertThat(page.locator("#easy-read-switch")).hasAttribute("aria-pressed", "true");

        tabTo("an offer on the list", "e.closest('.offer-card') && e.tagName === 'A'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/offers/[a-z0-9-]+\\?easy=1$"));
        waitForPortal();
        assertThat(page.locator("#easy-read-heading")).hasText("培训课程：易读版");
        assertNoAxeViolations(careMode);

        shiftTabTo("the way back to the list", "e.classList.contains('back-link')");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/courses\\?easy=1$"));
        waitForPortal();
        assertThat(page.locator("#easy-read")).isVisible();
    }

    /** The list of all offers has its switch too, and a text saying what the four kinds are. */
    private void allOffersInEasyRead(boolean careMode) {
        open(careMode ? "/offers?care=1" : "/offers");
        waitForCareMode(careMode);
        tabTo("the 易读版 switch", "e.id === 'easy-read-switch'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/offers\\?(?=(.*&)?easy=1(&|$)).*"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_EASY_HEADING);
        assertThat(page.locator("#easy-read-heading")).hasText("所有项目：易读版");
        assertThat(page.locator("#easy-read")).containsText("贷款：做生意缺钱，银行借给您。");
        assertOneColumnOnThePhone(careMode);
        assertNoAxeViolations(careMode);
    }

    @Test
    void the_editors_pages_have_big_targets_and_work_by_keyboard_in_both_modes() {
        signInAsCityAdministrator();
        for (boolean careMode : new boolean[] {false, true}) {
            open(careMode ? "/staff/easy-read?care=1" : "/staff/easy-read?care=0");
            waitForCareMode(careMode);
            assertThat(h1Text()).isEqualTo("易读版文字");
            var heights = page.evaluate("() => [...document.querySelectorAll('.staff-easy-read-links a')]"
                    + ".map(a => a.getBoundingClientRect().height)");
            assertThat((java.util.List<?>) heights).as("every text and every area, care mode %s", careMode).hasSize(27)
                    .allSatisfy(h -> assertThat(((Number) h).doubleValue()).isGreaterThanOrEqualTo(careMode ? 60 : 44));
            assertNoAxeViolations(careMode);

            tabTo("the 6th area's page", "e.id === 'plan-area-edit-6'");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/staff/plan-areas/6$"));
            waitForPortal();
            assertThat(h1Text()).isEqualTo("编辑措施页面：（六）农村残疾人就业帮扶");
            assertThat(page.locator("#plan-area-lead-zh input")).hasValue("市残联、市农业农村局");
            assertNoAxeViolations(careMode);

            tabTo("save", "e.id === 'plan-area-save'");
            page.keyboard().press("Enter");
            page.locator("#plan-area-edit-done").waitFor();
            assertThat(page.locator("#live-region")).containsText("措施页面已保存");
            assertNoAxeViolations(careMode);
        }
    }

    private void signInAsCityAdministrator() {
        open("/sign-in");
        page.locator("#sign-in-phone").fill(CITY_ADMINISTRATOR);
        page.locator("#sign-in-password").fill(SAMPLE_STAFF_PASSWORD);
        page.locator("#sign-in-submit").click();
        page.locator("#second-factor-heading").waitFor();
        waitForVaadin();
        page.locator("#send-code").click();
        page.locator(".code-status .notice").waitFor();
        page.locator("#second-factor-code").fill(sms.latestCodeFor(new PhoneNumber(CITY_ADMINISTRATOR)));
        page.locator("#second-factor-submit").click();
        page.waitForURL(Pattern.compile(".*/staff$"));
        waitForPortal();
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
