package cn.liaocheng.jobs.annualreport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.annualreport.AnnualReportService;
import cn.liaocheng.jobs.annualreport.ReportClock;
import cn.liaocheng.jobs.annualreport.ReportSections;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The report pages as a county administrator, another county's administrator and the city administrator meet them. */
@SpringBootTest
@Import(ReportClock.Config.class)
class ReportViewsTests extends SpringBrowserlessTest {

    /** Years 7000–7999 are this class's. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(7000 + (int) (Math.random() * 900));

    @Autowired TestAccounts accounts;
    @Autowired AnnualReportService reports;
    @Autowired ReportClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private int yearOn(int month, int day) {
        int year = NEXT_YEAR.getAndIncrement();
        clock.set(LocalDateTime.of(year, month, day, 10, 0));
        return year;
    }

    private PortalUser shenxian() {
        var admin = accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN);
        TestAccounts.signIn(admin);
        return admin;
    }

    private void overview(int year) {
        com.vaadin.flow.component.UI.getCurrent().navigate("staff/reports",
                com.vaadin.flow.router.QueryParameters.of("year", String.valueOf(year)));
        assertThat($(ReportsView.class).exists()).isTrue();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private void type(String id, String value) {
        test($(TextArea.class).id(id)).setValue(value);
    }

    @Test
    void a_county_administrator_sees_their_countys_report_with_the_deadline_and_days_left() {
        int year = yearOn(12, 1);
        shenxian();
        overview(year);

        assertThat(heading()).isEqualTo("年度落实情况报告");
        assertThat(text("report-deadline")).isEqualTo(year + "年度报告：截止日期 " + year + "年12月10日，还有 9 天");
        var rows = $(ReflowTable.class).single().texts();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("莘县", "未开始", "无");
    }

    @Test
    void submitting_empty_sections_lists_each_in_the_error_summary() {
        int year = yearOn(12, 9);
        shenxian();
        navigate("staff/reports/shenxian/" + year, ReportView.class);
        assertThat(heading()).isEqualTo("莘县 " + year + "年度落实情况报告");
        assertThat(text("report-status")).contains("还有 1 天");
        assertThat($(ReflowTable.class).id("report-figures").texts().getFirst()).containsExactly("指标", "完成数", "目标");

        click("report-submit");

        assertThat($(ErrorSummary.class).single().messages()).containsExactly(
                "请填写工作成效，如今年新增就业和培训的情况", "请填写经验做法，如哪些做法有效", "请填写存在问题，如落实中遇到的困难");
    }

    @Test
    void what_is_typed_is_saved_as_a_draft_and_is_there_when_the_page_is_opened_again() {
        int year = yearOn(12, 2);
        shenxian();
        navigate("staff/reports/shenxian/" + year, ReportView.class);

        type("report-achievements", "新增就业 120 人。");
        click("report-save");

        assertThat(text("report-draft-status")).startsWith("草稿已于 " + year + "年12月2日");
        assertThat($(Announcer.class).single().message()).startsWith("草稿已于");
        navigate("staff/reports/shenxian/" + year, ReportView.class);
        assertThat($(TextArea.class).id("report-achievements").getValue()).isEqualTo("新增就业 120 人。");
        assertThat(text("report-status")).contains("草稿，尚未提交");
    }

    @Test
    void a_save_after_someone_elses_is_refused_with_a_clear_message_and_the_text_stays() {
        int year = yearOn(12, 3);
        shenxian();
        navigate("staff/reports/shenxian/" + year, ReportView.class);
        var other = reports.open(County.SHENXIAN, year).orElseThrow();
        reports.saveDraft(County.SHENXIAN, year, other.version(), new ReportSections("另一位管理员写的", "", ""));

        type("report-problems", "我写的问题");

        assertThat(text("report-conflict")).contains("另一位管理员在您打开本页后保存或提交了这份报告");
        assertThat($(TextArea.class).id("report-problems").getValue()).isEqualTo("我写的问题");
        assertThat(reports.open(County.SHENXIAN, year).orElseThrow().draft().achievements()).isEqualTo("另一位管理员写的");
    }

    @Test
    void a_submitted_report_says_so_and_can_no_longer_be_edited() {
        int year = yearOn(12, 10);
        shenxian();
        navigate("staff/reports/shenxian/" + year, ReportView.class);
        type("report-achievements", "新增就业 120 人。");
        type("report-practices", "送岗上门。");
        type("report-problems", "盲人按摩机构少。");

        click("report-submit");

        assertThat(text("report-submitted")).isEqualTo("已提交给市残联：第 1 版。");
        assertThat($(Announcer.class).single().message()).isEqualTo("已提交给市残联：第 1 版。");
        assertThat($(TextArea.class).all()).isEmpty();
        assertThat(text("report-status")).startsWith("状态：已提交");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).contains("送岗上门。");
        assertThat(text("report-versions")).contains("下载第 1 版");
    }

    @Test
    void another_countys_report_a_year_to_come_and_an_unknown_county_are_not_found() {
        int year = yearOn(12, 4);
        var shenxian = shenxian();
        reports.saveDraft(County.SHENXIAN, year, 0, new ReportSections("莘县的草稿", "", ""));
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 钱主任", County.DONGE));

        navigate("staff/reports/shenxian/" + year, Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
        navigate("staff/reports/donge/" + (year + 1), Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
        navigate("staff/reports/nowhere/" + year, Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
        navigate("staff/reports/" + year + "/city", Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
        TestAccounts.signIn(shenxian);
        navigate("staff/reports/shenxian/" + year, ReportView.class);
        assertThat($(TextArea.class).id("report-achievements").getValue()).isEqualTo("莘县的草稿");
    }

    @Test
    void the_city_sees_every_county_asks_for_changes_and_reads_the_city_report() {
        int year = yearOn(12, 5);
        shenxian();
        reports.submit(County.SHENXIAN, year, 0, new ReportSections("成效", "做法", "问题"));
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        overview(year);
        assertThat(text("report-summary")).isEqualTo("已提交 1 个，共 11 个县（市、区）和开发区");
        assertThat($(ReflowTable.class).single().texts()).hasSize(12)
                .anySatisfy(row -> assertThat(row).startsWith("莘县", "已提交"));

        navigate("staff/reports/shenxian/" + year, ReportView.class);
        click("report-changes-send");
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请写明需要修改的地方，如：请补充培训完成情况");
        test($(TextArea.class).id("report-changes-message")).setValue("请补充盲人按摩就业情况");
        click("report-changes-send");
        assertThat(text("report-changes-sent")).isEqualTo("已退回修改，县（市、区）管理员已收到通知。");
        assertThat(text("report-status")).contains("市残联请修改");

        navigate("staff/reports/" + year + "/city", CityReportView.class);
        assertThat(heading()).isEqualTo(year + "年度全市落实情况汇总报告");
        assertThat($(ReflowTable.class).id("city-counties").texts()).hasSize(12)
                .anySatisfy(row -> assertThat(row).startsWith("莘县", "第 1 版"))
                .anySatisfy(row -> assertThat(row).startsWith("东阿县", "尚未提交"));
    }
}
