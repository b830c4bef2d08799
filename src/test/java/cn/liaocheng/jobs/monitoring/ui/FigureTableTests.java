package cn.liaocheng.jobs.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV files: what Excel needs to open Chinese, and cells that must not become formulas or break rows. */
class FigureTableTests {

    @Test
    void the_csv_starts_with_a_byte_order_mark_and_has_the_tables_rows_in_crlf_lines() {
        var table = new FigureTable("t", "表：测试", "test", List.of("县（市、区）", "新增就业（人）"),
                List.of(List.of("莘县", "12"), List.of("全市", "30")));

        assertThat(table.csv()).isEqualTo("\uFEFF县（市、区）,新增就业（人）\r\n莘县,12\r\n全市,30\r\n");
    }

    @Test
    void commas_quotes_and_formula_starts_are_made_harmless() {
        assertThat(FigureTable.cell("盲人按摩, 推拿")).isEqualTo("\"盲人按摩, 推拿\"");
        assertThat(FigureTable.cell("\"齐鲁手创\"")).isEqualTo("\"\"\"齐鲁手创\"\"\"");
        assertThat(FigureTable.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FigureTable.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FigureTable.cell("-12")).as("a negative number stays a number").isEqualTo("-12");
    }
}
