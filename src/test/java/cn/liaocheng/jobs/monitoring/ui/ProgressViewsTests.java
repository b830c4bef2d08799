package cn.liaocheng.jobs.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import cn.liaocheng.jobs.shell.DatePartsField;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 计划进展 as the public, a county's staff and the city's administrator see it, and the denominator form. */
@SpringBootTest
class ProgressViewsTests extends SpringBrowserlessTest {

    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern CERTIFICATE = Pattern.compile("\\d{17}[\\dXx]\\d{2}");

    @Autowired TestAccounts accounts;
    @Autowired TestSubmissions submissions;
    @Autowired ReviewService review;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private List<String> firstColumn(String tableId) {
        return table(tableId).texts().stream().skip(1).map(List::getFirst).toList();
    }

    private ReflowTable table(String id) {
        return $(ReflowTable.class).all().stream().filter(t -> id.equals(t.getId().orElse(null))).findFirst()
                .orElseThrow();
    }

    @Test
    void the_public_page_shows_every_county_with_tables_csv_links_and_no_personal_data() {
        var name = "计划测试人" + Long.toString(System.nanoTime() % 100000);
        var submitted = submissions.course(name);
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        var id = submitted.applicationId();
        review.startReview(id, review.open(id).reviewCase().version());
        review.approve(id, review.open(id).reviewCase().version());
        review.complete(id, review.open(id).reviewCase().version(), new Outcome.Training(true, true, "证书"));
        TestAccounts.signOut();
        TestAccounts.browseSignedOut();

        var view = navigate(PlanProgressView.class);

        assertThat(heading()).isEqualTo("计划进展");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("计划进展 - 聊城残疾人就业服务");
        assertThat(firstColumn("progress-county-table")).hasSize(12).startsWith("东昌府区").endsWith("全市");
        assertThat(firstColumn("progress-targets-table")).contains("新增就业（人）", "就业年龄段持证残疾人就业率");
        for (var table : $(ReflowTable.class).all()) {
            var tableId = table.getId().orElseThrow();
            assertThat($(Anchor.class).id(tableId + "-csv").getText()).startsWith("下载 CSV 文件：表：");
        }
        var text = view.getElement().getTextRecursively();
        assertThat(text).contains("已完成目标的").doesNotContain(name).doesNotContain("张老师");
        assertThat(PHONE.matcher(text).find()).as("a phone number on the public page").isFalse();
        assertThat(RESIDENT_ID.matcher(text).find()).as("an ID number on the public page").isFalse();
        assertThat(CERTIFICATE.matcher(text).find()).as("a certificate number on the public page").isFalse();
    }

    @Test
    void long_tables_wait_closed_behind_a_summary_that_says_what_they_hold_and_the_chart_shows_the_latest_year() {
        TestAccounts.browseSignedOut();
        navigate(PlanProgressView.class);

        // Every table beside a chart: closed, its summary naming the table and its rows; the CSV link stays outside.
        for (var id : List.of("progress-targets-table", "progress-rate-table", "progress-county-table",
                "progress-months-table")) {
            var details = $(NativeDetails.class).id(id + "-details");
            assertThat(details.isOpen()).as(id).isFalse();
            assertThat(details.getSummaryText()).startsWith("表：")
                    .endsWith("（共 " + (table(id).texts().size() - 1) + " 行，点开查看）");
            assertThat(details.getContent()).isSameAs(table(id));
            assertThat($(Anchor.class).id(id + "-csv").getParent().orElseThrow()).isNotSameAs(details);
        }
        // The whole plan so far is more than a year of months: the chart shows the latest twelve and says so.
        int months = table("progress-months-table").texts().size() - 1;
        assertThat(months).isGreaterThan(ProgressReport.CHARTED_MONTHS);
        var chart = $(BarChart.class).id("progress-months-chart");
        assertThat(chart.getElement().getChild(1).getChildCount()).isEqualTo(ProgressReport.CHARTED_MONTHS);
        assertThat($(Component.class).id("progress-months-chart-caption").getElement().getText())
                .isEqualTo("图：全市最近 12 个月每月新增就业（全部月份见下面的表格）");

        // One year fits: all its months are in the chart, under the usual caption.
        UI.getCurrent().navigate("plan-progress", QueryParameters.of("period", "2024"));
        assertThat($(Component.class).id("progress-months-chart-caption").getElement().getText())
                .isEqualTo("图：全市每月新增就业");
    }

    @Test
    void a_period_is_chosen_by_a_link_and_the_chosen_one_is_marked_current() {
        TestAccounts.browseSignedOut();
        UI.getCurrent().navigate("plan-progress", QueryParameters.of("period", "2024"));

        assertThat($(Component.class).id("progress-as-of").getElement().getText())
                .isEqualTo("统计期间：2024-01-01 至 2024-12-31（含首尾两天）");
        assertThat($(Anchor.class).id("period-all").getHref()).isEqualTo("plan-progress?period=all");
        assertThat($(Component.class).all().stream()
                .filter(c -> "page".equals(c.getElement().getAttribute("aria-current")))
                .map(c -> c.getElement().getText())).containsExactly("2024年");
    }

    @Test
    void a_caseworker_sees_their_county_and_the_city_total_and_no_other_county() {
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));

        var view = navigate(StaffProgressView.class);

        assertThat(heading()).isEqualTo("计划进展（工作人员）");
        assertThat(firstColumn("progress-county-table")).containsExactly("莘县", "全市");
        assertThat(firstColumn("progress-rate-table")).containsExactly("莘县", "全市");
        var text = view.getElement().getTextRecursively();
        for (var other : List.of("东昌府区", "东阿县", "临清市", "高唐县")) {
            assertThat(text).doesNotContain(other);
        }
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").startsWith("edit-base-"));
    }

    @Test
    void the_city_administrator_sees_every_county_and_may_enter_every_denominator() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        navigate(StaffProgressView.class);

        assertThat(firstColumn("progress-county-table")).hasSize(12);
        assertThat($(Anchor.class).all().stream().filter(a -> a.getId().orElse("").startsWith("edit-base-")))
                .hasSize(11);
    }

    @Test
    void a_county_administrator_enters_the_denominator_and_hears_it_was_saved() {
        TestAccounts.signIn(accounts.countyAdministrator("冠县 赵主任", County.GUANXIAN));
        navigate(StaffProgressView.class);
        assertThat($(Anchor.class).all().stream().map(a -> a.getId().orElse(""))
                .filter(s -> s.startsWith("edit-base-"))).containsExactly("edit-base-guanxian");

        navigate("staff/progress/base/guanxian", EmploymentBaseView.class);
        assertThat(heading()).isEqualTo("冠县就业率分母");
        test($(Button.class).id("base-save")).click();
        assertThat($(ErrorSummary.class).single().messages()).contains("请填写人数，只用数字，如 12500");

        test($(TextField.class).id("base-holders")).setValue("23400");
        test($(TextField.class).id("base-source")).setValue("县残联持证残疾人数据库");
        $(DatePartsField.class).id("base-as-of").setValue(LocalDate.of(2024, 12, 31));
        test($(Button.class).id("base-save")).click();

        assertThat($(Announcer.class).single().message()).isEqualTo("冠县的就业率分母已保存");
        navigate(StaffProgressView.class);
        assertThat(table("progress-rate-table").texts().get(1)).startsWith("冠县").contains("23400", "县残联持证残疾人数据库", "2024-12-31");
    }

    @Test
    void another_countys_denominator_form_is_not_found() {
        TestAccounts.signIn(accounts.countyAdministrator("冠县 赵主任", County.GUANXIAN));
        navigate("staff/progress/base/shenxian", Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
        navigate("staff/progress/base/citywide", Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
    }
}
