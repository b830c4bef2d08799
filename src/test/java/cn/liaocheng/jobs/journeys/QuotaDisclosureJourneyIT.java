package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resident checks the 按比例就业公示 on a phone: this year's sample units with ratio and status, read as a table,
 * another year reached with the keyboard, in normal and care mode, with no axe violations.
 */
class QuotaDisclosureJourneyIT extends JourneyTestBase {

    @ParameterizedTest(name = "care mode {0}")
    @ValueSource(booleans = {false, true})
    void the_disclosure_reads_as_a_table_and_another_year_is_a_keyboard_step_away(boolean careMode) {
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        open(careMode ? "/disclosure?care=1" : "/disclosure");
        waitForCareMode(careMode);

        assertThat(h1Text()).isEqualTo(year + " 年度按比例安排残疾人就业情况公示");
        assertThat(page.title()).isEqualTo(year + " 年度按比例安排残疾人就业情况公示 - 聊城残疾人就业服务");
        var table = page.locator("#disclosure-table");
        assertThat(table.locator("caption").innerText()).startsWith(year + " 年度各单位按比例安排残疾人就业情况");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ROW).filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("莘县某事业单位")).innerText())
                .contains("未达标", "2 人");
        assertThat(table.innerText()).contains("聊城市某局", "达标");
        assertNoAxeViolations(careMode);

        tabTo("the link to 2023", "e.id === 'disclosure-year-2023'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.querySelector('h1')?.innerText.startsWith('2023')");
        waitForVaadin();
        assertThat(h1Text()).isEqualTo("2023 年度按比例安排残疾人就业情况公示");
        assertThat(h1HasFocus()).as("focus on the new h1").isTrue();
        assertThat(page.locator("#disclosure-none").innerText()).isEqualTo("2023 年度还没有单位报送。");
        assertNoAxeViolations(careMode);
    }
}
