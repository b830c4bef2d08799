package cn.liaocheng.jobs.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.shared.County;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** The downloaded documents, read back with POI: the sections as written, and the figures as real tables. */
class ReportDocumentsTests {

    private final ReportDocuments documents = new ReportDocuments(new Translations());

    private final SubmittedVersion version = new SubmittedVersion(County.SHENXIAN, 2026, 2,
            new ReportSections("新增就业 120 人。\n培训 300 人次。", "送岗上门。", "盲人按摩机构少。"),
            LocalDate.of(2026, 12, 9),
            List.of(new ReportFigure("NEW_JOBS", "annualreport.figure.new-jobs", 1234, 600L, ReportFigure.Unit.COUNT, true),
                    new ReportFigure("EMPLOYMENT_RATE", "annualreport.figure.employment-rate", 553, 550L,
                            ReportFigure.Unit.PER_MILLE, true),
                    new ReportFigure("TRAINING_BASES", "annualreport.figure.training-bases", 2, null,
                            ReportFigure.Unit.COUNT, true)),
            Instant.parse("2026-12-09T02:00:00Z"), "莘县 赵主任", false);

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    @Test
    void a_countys_report_has_its_three_sections_and_its_figures_in_a_real_table_with_a_repeated_header() throws IOException {
        var out = new ByteArrayOutputStream();
        documents.write(version, Locale.SIMPLIFIED_CHINESE, out);

        try (var doc = read(out.toByteArray())) {
            assertThat(paragraphs(doc)).startsWith("莘县2026年度残疾人就业行动落实情况报告")
                    .contains("第 2 版，2026年12月9日 由 莘县 赵主任 提交", "主要数据（截至 2026年12月9日）",
                            "工作成效", "新增就业 120 人。", "培训 300 人次。", "经验做法", "送岗上门。", "存在问题",
                            "盲人按摩机构少。");
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRows()).hasSize(4);
            assertThat(cells(table.getRow(0))).containsExactly("指标", "完成数", "目标");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(table.getRow(1))).containsExactly("城乡新增残疾人就业（人）", "1,234", "600");
            assertThat(cells(table.getRow(2))).containsExactly("就业年龄段持证残疾人就业率", "55.3 %", "55.0 %");
            assertThat(cells(table.getRow(3))).containsExactly("残疾人职业培训基地（个）", "2", "—");
        }
    }

    @Test
    void the_city_report_has_the_totals_where_each_county_stands_and_each_countys_sections() throws IOException {
        var city = new CityReport(2026, LocalDate.of(2026, 12, 15), version.figures(), List.of(
                new CityReport.CountyPart(County.SHENXIAN, Optional.of(version)),
                new CityReport.CountyPart(County.DONGE, Optional.empty())));
        var out = new ByteArrayOutputStream();
        documents.write(city, Locale.SIMPLIFIED_CHINESE, out);

        try (var doc = read(out.toByteArray())) {
            assertThat(paragraphs(doc)).startsWith("聊城市2026年度残疾人就业行动落实情况汇总报告")
                    .contains("主要数据（截至 2026年12月15日）", "各县（市、区）报告情况", "莘县", "送岗上门。", "东阿县",
                            "尚未提交");
            assertThat(doc.getTables()).hasSize(3);
            assertThat(cells(doc.getTables().get(1).getRow(0))).containsExactly("县（市、区）", "状态", "最近提交");
            assertThat(cells(doc.getTables().get(1).getRow(1))).containsExactly("莘县", "第 2 版", "2026年12月9日");
            assertThat(cells(doc.getTables().get(1).getRow(2))).containsExactly("东阿县", "尚未提交", "—");
        }
    }

    @Test
    void the_file_name_says_what_the_report_is_and_nothing_more() {
        assertThat(ReportDocuments.fileName(version)).isEqualTo("annual-report-shenxian-2026-v2.docx");
    }
}
