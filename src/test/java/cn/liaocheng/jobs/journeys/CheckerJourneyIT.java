package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 我能申请什么 on a 360 px phone with the keyboard alone, signed out: a rural wheelchair user in 莘县 answers the eight
 * questions (one mistake on the way), reads why 农村实用技术培训 fits, and 在线申请 takes her to sign in. Once in normal
 * mode, once in 关怀版 care mode, where the result shows one programme per screen; axe on every kind of page.
 */
class CheckerJourneyIT extends JourneyTestBase {

    private static final String FOCUS_ON_H1 = "() => document.activeElement === document.querySelector('h1')";

    @Test
    void eight_questions_by_keyboard_lead_to_the_programmes_with_their_reasons() {
        walk(false);
    }

    @Test
    void the_same_in_care_mode_one_programme_per_screen() {
        walk(true);
    }

    private void walk(boolean careMode) {
        open(careMode ? "/check?care=1" : "/check");
        waitForCareMode(careMode);
        assertThat(h1Text()).isEqualTo("我能申请什么");
        assertNoAxeViolations(careMode);
        tabTo("开始", "e.id === 'check-start'");
        page.keyboard().press("Enter");
        waitForQuestion("for");

        // A deliberate mistake: 继续 without choosing. The error summary takes the focus and names the question.
        tabTo("继续", "e.id === 'continue'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('error-summary')");
        assertThat(page.locator(".error-summary").innerText()).contains("为谁查询");
        assertNoAxeViolations(careMode);
        choose("check-for", 0);
        next("where");

        assertThat(page.locator(".step-indicator").innerText()).isEqualTo("第 2 步，共 8 步");
        choose("county", 4); // 东昌府区, 茌平区, 临清市, 阳谷县, 莘县
        assertNoAxeViolations(careMode);
        next("age");
        tabTo("年龄", "e.closest('#q-age') && e.matches('input')");
        page.keyboard().type("45");
        next("disability");
        choose("disability-category", 3); // 视力, 听力, 言语, 肢体
        next("household");
        choose("household", 0);
        next("study");
        choose("student", 1);
        next("work");
        choose("current-work", 2);
        next("wants");
        tabTo("学一门技能", "e === document.querySelector('#q-wants input')");
        page.keyboard().press("Space");
        tabTo("继续", "e.id === 'continue'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/check/result(\\?.*)?$"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_H1);

        assertThat(h1Text()).isEqualTo("您可以申请的项目");
        var farming = page.locator("#result-rural-training");
        if (careMode) {
            assertThat(page.locator(".result-card")).hasCount(1);
            assertThat(page.locator(".result-position")).hasText(Pattern.compile("第 1 项，共 \\d+ 项"));
            // The big button fills the phone's width.
            var width = (Number) page.evaluate("() => document.querySelector('.result-apply').getBoundingClientRect().width");
            assertThat(width.doubleValue()).isGreaterThan(250);
        }
        assertThat(page.locator(".result-card").first()).isVisible();
        assertNoAxeViolations(careMode);
        if (careMode) {
            // One per screen: 下一项 by keyboard; the focus follows to the next programme's title, which is announced.
            tabTo("下一项", "e.id === 'result-next'");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement && document.activeElement.matches('.result-card h3')");
            assertThat(page.locator(".result-position")).hasText(Pattern.compile("第 2 项，共 \\d+ 项"));
            assertThat(page.locator("#live-region")).containsText("第 2 项");
            assertNoAxeViolations(careMode);
            tabTo("上一项", "e.id === 'result-previous'");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement && document.activeElement.matches('.result-card h3')");
        }
        assertThat(farming.locator(".result-because")).hasText("因为您是农村户口，您45岁，在规定的年龄内，您想学一门技能");
        assertThat(farming).containsText("牵头单位：市残联、市农业农村局");

        tabTo("在线申请 in 农村实用技术培训", "e.closest('#result-rural-training') && e.matches('vaadin-button.result-apply')");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/sign-in.*"));
        waitForPortal();
        assertThat(htmlHasClass("lc-care")).isEqualTo(careMode);
    }

    /** Tabs into a radio group and moves to the option {@code index} with the arrow keys, which also chooses it. */
    private void choose(String questionId, int index) {
        tabTo("the options of " + questionId, "e.closest('#q-" + questionId + "') && e.matches('input')");
        if (index == 0) {
            page.keyboard().press("Space");
        }
        for (int i = 0; i < index; i++) {
            page.keyboard().press("ArrowDown");
        }
        page.waitForFunction("([id, i]) => document.querySelectorAll('#q-' + id + ' vaadin-radio-button')[i]"
                + ".hasAttribute('checked')", new Object[] {questionId, index});
    }

    private void next(String step) {
        tabTo("继续", "e.id === 'continue'");
        page.keyboard().press("Enter");
        waitForQuestion(step);
    }

    private void waitForQuestion(String step) {
        page.waitForURL(Pattern.compile(".*/check/" + step + "(\\?.*)?$"));
        waitForPortal();
        page.waitForFunction(FOCUS_ON_H1);
    }
}
