package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample 莘县 county administrator (13800000005) writes this year's 年度落实情况报告 on a phone: signs in with
 * password and code, opens 年度落实情况报告 from 工作台, meets the error summary, saves a draft, submits, and downloads
 * the Word document. Each page at 360 px and 1280 px, axe in normal and care mode.
 */
class AnnualReportJourneyIT extends ApplicantJourneyBase {

    private static final String COUNTY_ADMINISTRATOR = "13800000005";


    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void the_shenxian_county_administrator_fills_in_and_submits_the_annual_report() throws IOException {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        var heading = "莘县 " + year + "年度落实情况报告";
        var path = "/staff/reports/shenxian/" + year;
        staffSignIn(COUNTY_ADMINISTRATOR);

        page.locator("#staff-task-reports").click();
        waitForHeading("年度落实情况报告");
        assertThat(page.locator("#annual-reports-table tbody").innerText()).contains("莘县", "未开始")
                .doesNotContain("东阿县");
        checkPage("/staff/reports", "年度落实情况报告");

        page.locator("#report-shenxian").click();
        waitForHeading(heading);
        assertThat(page.locator("#report-status").innerText()).contains("未开始", "截止日期 " + year + "年12月10日");
        assertThat(page.locator("#report-figures thead").innerText()).contains("指标", "完成数", "目标");
        checkPage(path, heading);

        // Submitting before writing: the error summary names the three sections.
        page.locator("#report-submit").click();
        page.locator(".error-summary").waitFor();
        assertThat(page.locator(".error-summary").innerText()).contains("请填写工作成效", "请填写经验做法", "请填写存在问题");
        axeInPlace("the error summary");

        fill("report-achievements", "全年新增残疾人就业 120 人，培训 300 人次。");
        page.locator("#report-save").click();
        page.waitForFunction("() => document.getElementById('report-draft-status')?.textContent.startsWith('草稿已于')");
        fill("report-practices", "送岗上门，一人一策。");
        fill("report-problems", "盲人按摩机构偏少。");
        page.locator("#report-submit").click();
        page.locator("#report-submitted").waitFor();
        waitForVaadin();
        assertThat(page.locator("#report-submitted").innerText()).startsWith("已提交给市残联：第 1 版");
        assertThat(page.locator("#live-region").innerText()).startsWith("已提交给市残联：第 1 版");
        assertThat(page.locator("#report-status").innerText()).startsWith("状态：已提交");
        assertThat(page.locator("vaadin-text-area").count()).as("no longer editable").isZero();
        checkPage(path, heading);

        var download = page.waitForDownload(() -> page.locator("#report-download-1").click());
        assertThat(download.suggestedFilename()).isEqualTo("annual-report-shenxian-" + year + "-v1.docx");
        try (var doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText).toList())
                    .contains("工作成效", "全年新增残疾人就业 120 人，培训 300 人次。", "送岗上门，一人一策。", "盲人按摩机构偏少。");
            assertThat(doc.getTables()).hasSize(1);
        }

        open("/staff/reports");
        waitForHeading("年度落实情况报告");
        assertThat(page.locator("#annual-reports-table tbody").innerText()).contains("已提交", "第 1 版");
        soft.assertAll();
    }

    private void axeInPlace(String what) {
        for (boolean care : List.of(false)) {
            try {
                assertNoAxeViolations(care);
            } catch (AssertionError violations) {
                soft.fail(what + ": " + violations.getMessage());
            }
        }
    }

    /** The page in normal and care mode at 360 px and 1280 px: one h1, axe clean, no sideways scrolling. */
    private void checkPage(String path, String heading) {
        for (boolean care : List.of(false, true)) {
            for (int width : List.of(360, 1280)) {
                page.setViewportSize(width, width == 360 ? 780 : 800);
                open(path + "?care=" + (care ? "1" : "0"));
                waitForCareMode(care);
                soft.assertThat(h1Text()).as("h1 of %s", path).isEqualTo(heading);
                soft.assertThat(page.locator("h1").count()).as("h1 count on %s", path).isEqualTo(1);
                try {
                    assertNoAxeViolations(care);
                } catch (AssertionError violations) {
                    soft.fail(path + " at " + width + " px" + (care ? ", care mode" : "") + ": " + violations.getMessage());
                }
                Map<String, Object> widths = afterLayout(
                        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})");
                soft.assertThat(((Number) widths.get("scroll")).intValue())
                        .as("scrollWidth of %s at %d px%s", path, width, care ? " (care)" : "")
                        .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
            }
        }
        page.setViewportSize(360, 780);
        open(path + "?care=0");
        waitForCareMode(false);
    }
}
