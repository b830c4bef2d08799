package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.nationalexport.ExportFixtures;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.SocialInsurance;
import cn.liaocheng.jobs.shared.County;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 上报全国系统 end to end: the sample 东阿县 caseworker (13800000003) signs in with password and code, opens 上报全国系统
 * from 工作台, shows this year's employment records (masked on the page) and downloads the XLSX, which holds the 东阿县
 * person's certificate and phone number in full and no 莘县 person. The page is checked at 360 px and 1280 px with axe in
 * normal and care mode.
 */
class NationalExportJourneyIT extends ApplicantJourneyBase {

    private static final String DONGE_CASEWORKER = "13800000003";

    @Autowired ExportFixtures outcomes;

    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void a_donge_caseworker_downloads_the_countys_employment_records_as_xlsx() throws IOException {
        var today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var donge = outcomes.employed("东阿 旅程甲", County.DONGE, "东阿县阿胶旅程公司", EmploymentKind.QUOTA,
                SocialInsurance.YES, today.minusDays(2));
        var shenxian = outcomes.employed("莘县 旅程乙", County.SHENXIAN, "莘县旅程公司", EmploymentKind.FLEXIBLE,
                SocialInsurance.NO, today.minusDays(2));

        page.setViewportSize(1280, 800);
        staffSignIn(DONGE_CASEWORKER);
        page.locator("#staff-task-export").click();
        page.waitForURL(Pattern.compile(".*/staff/export$"));
        waitForHeading("上报全国系统");
        assertThat(page.locator("#export-own-county").innerText()).isEqualTo("县（市、区）：东阿县");
        checkPage("/staff/export", "上报全国系统");

        page.locator("#export-show").click();
        page.locator("#export-result-heading").waitFor();
        waitForVaadin();
        assertThat(page.locator("#live-region").innerText()).contains("条记录");
        var main = page.locator("main").innerText();
        assertThat(main).contains("东阿县 就业情况").doesNotContain(shenxian.name(), shenxian.reference())
                .doesNotContain(donge.certificate(), donge.phone());
        assertThat(Pattern.compile("\\d{11,}").matcher(main).find()).as("no number in full on the page").isFalse();
        assertNoAxeViolationsInBothModes();
        page.setViewportSize(360, 780);
        WhatAPersonSees.screenshots(page, "national-export-360");
        assertNoAxeViolationsInBothModes();
        page.setViewportSize(1280, 800);

        var download = page.waitForDownload(() -> page.locator("#export-download-xlsx").click());
        assertThat(download.suggestedFilename()).matches("national-employment-donge-\\d{8}-\\d{8}\\.xlsx");
        List<List<String>> rows;
        try (var in = Files.newInputStream(download.path()); var workbook = new ReadableWorkbook(in)) {
            rows = workbook.getFirstSheet().read().stream()
                    .map(r -> java.util.stream.IntStream.range(0, 12).mapToObj(r::getCellText).toList()).toList();
        }
        assertThat(rows.getFirst()).startsWith("序号", "姓名", "残疾人证号");
        var row = rows.stream().filter(r -> r.get(11).equals(donge.reference())).findFirst().orElseThrow();
        assertThat(row.subList(1, 11)).containsExactly("东阿 旅程甲", donge.certificate(), "肢体残疾", "四级",
                donge.phone(), "东阿县", "按比例就业", "东阿县阿胶旅程公司", today.minusDays(2).toString(), "是");
        assertThat(rows).noneMatch(r -> r.contains(shenxian.reference()) || r.contains(shenxian.certificate()));
        soft.assertAll();
    }

    /** Staff sign-in: password, then the code of the second step "from the phone"; lands on 工作台. */
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
        page.setViewportSize(1280, 800);
        open(path + "?care=0");
        waitForCareMode(false);
    }
}
