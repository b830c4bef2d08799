package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Someone who reads with the keyboard and a screen reader checks how far the plan has come: from the home page through
 * 菜单 to 计划进展, past the periods to every table's CSV link in page order, and downloads one, with Tab and Enter
 * alone; the charts are figures with a caption whose bars say their numbers in words. Normal and 关怀版, axe on both.
 */
class PlanProgressJourneyIT extends JourneyTestBase {

    private static final String[] CSV_LINKS = {"progress-targets-table-csv", "progress-rate-table-csv",
            "progress-county-table-csv", "progress-months-table-csv", "progress-programme-jobs-csv",
            "progress-programme-training-csv"};
    /** Tables opened on the way, by id, with their accessible names. */
    private static final Map<String, String> OPENED = Map.of("progress-targets-table", "表：全市各项指标与目标",
            "progress-county-table", "表：各县（市、区）各项指标");

    @Test
    void a_keyboard_user_reads_the_plan_progress_and_downloads_a_table() throws Exception {
        read(false);
    }

    @Test
    void the_same_in_care_mode() throws Exception {
        read(true);
    }

    private void read(boolean careMode) throws Exception {
        open(careMode ? "/?care=1" : "/");
        waitForCareMode(careMode);
        tabTo("the 菜单 button", "e.id === 'menu-toggle'");
        page.keyboard().press("Enter");
        tabTo("the 计划进展 link", "e.tagName === 'A' && e.getAttribute('href') === 'plan-progress'");
        page.keyboard().press("Enter");
        waitForVaadin();
        page.waitForCondition(() -> "计划进展".equals(h1Text()));
        assertThat(h1HasFocus()).as("focus moves to the h1 after navigation").isTrue();
        assertNoAxeViolations(careMode);

        var chart = page.getByRole(AriaRole.FIGURE, new Page.GetByRoleOptions().setName("图：全市各项目标的完成比例（竖线为目标）"));
        assertThat(chart.count()).isEqualTo(1);
        assertThat(chart.innerText()).contains("新增就业（人）", "已完成目标的");
        // Tab from the heading: the periods, then every table's CSV link in the order the tables come. The tables
        // wait closed behind a summary that names them; two are opened with Enter on the way, as a person would.
        tabTo("the 2024 period link", "e.id === 'period-2024'");
        for (var link : CSV_LINKS) {
            var table = link.substring(0, link.length() - "-csv".length());
            if (OPENED.containsKey(table)) {
                tabTo(table + "'s summary", "e.tagName === 'SUMMARY' && e.parentElement.id === '" + table + "-details'");
                assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(OPENED.get(table))).count())
                        .as("a closed table is not read out").isZero();
                page.keyboard().press("Enter");
                assertThat((Object) page.locator("#" + table + "-details").evaluate("d => d.open")).isEqualTo(true);
            }
            tabTo(link, "e.id === '" + link + "'");
            assertThat((Object) afterLayout("() => { const r = document.activeElement.getBoundingClientRect();"
                    + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth + 1; }"))
                    .as("%s is on screen when focused", link).isEqualTo(true);
        }
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("表：全市各项指标与目标")).count())
                .isEqualTo(1);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("表：各县（市、区）各项指标"))
                .getByRole(AriaRole.ROWHEADER, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("莘县"))
                .count()).isEqualTo(1);
        assertNoAxeViolations(careMode);

        shiftTabTo("the targets table's CSV link", "e.id === 'progress-targets-table-csv'");
        var download = page.waitForDownload(() -> page.keyboard().press("Enter"));
        var bytes = Files.readAllBytes(download.path());
        var text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF指标,完成,目标,完成目标比例\r\n新增就业（人）,");
        assertThat(download.suggestedFilename()).isEqualTo("plan-progress-all-targets.csv");
    }
}
