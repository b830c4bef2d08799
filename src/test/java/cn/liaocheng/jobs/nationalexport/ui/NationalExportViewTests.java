package cn.liaocheng.jobs.nationalexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.nationalexport.ExportKind;
import cn.liaocheng.jobs.nationalexport.ExportFixtures;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.SocialInsurance;
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
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 上报全国系统 as staff of two counties and the city meet it: what they may choose, and what the page never shows. */
@SpringBootTest
class NationalExportViewTests extends SpringBrowserlessTest {

    @Autowired ExportFixtures outcomes;
    @Autowired TestAccounts accounts;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    private void show() {
        test($(Button.class).id("export-show")).click();
    }

    @Test
    void a_donge_caseworker_sees_their_county_only_with_counts_and_masked_rows_and_two_downloads() {
        var donge = outcomes.employed("东阿 页面甲", County.DONGE, "东阿县页面公司", EmploymentKind.QUOTA,
                SocialInsurance.YES, today());
        var shenxian = outcomes.employed("莘县 页面乙", County.SHENXIAN, "莘县页面公司", EmploymentKind.QUOTA,
                SocialInsurance.YES, today());
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));

        var view = navigate(NationalExportView.ROUTE, NationalExportView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("上报全国系统");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("上报全国系统");
        assertThat($(Select.class).withId("export-county").exists()).as("no county to choose").isFalse();
        assertThat($(Component.class).id("export-own-county").getElement().getText()).isEqualTo("县（市、区）：东阿县");
        assertThat(view.from.getValue()).isEqualTo(today().withDayOfYear(1));
        assertThat(view.to.getValue()).isEqualTo(today());
        show();

        assertThat($(Component.class).id("export-result-heading").getElement().getText()).isEqualTo("东阿县 就业情况");
        assertThat($(Component.class).id("export-count").getElement().getText()).startsWith("共 ").contains("条记录");
        assertThat($(Announcer.class).single().message()).isEqualTo(
                $(Component.class).id("export-count").getElement().getText());
        var table = $(ReflowTable.class).single().texts();
        assertThat(table.getFirst()).startsWith("序号", "姓名", "残疾人证号");
        assertThat(table.subList(1, table.size())).allSatisfy(row -> assertThat(row.get(6)).isEqualTo("东阿县"));
        var page = pageText();
        assertThat(page).doesNotContain(shenxian.name(), shenxian.reference());
        assertThat(page).as("numbers never in full on the page").doesNotContain(donge.certificate(), donge.phone(),
                shenxian.certificate()).doesNotContainPattern("\\d{11,}");
        if (page.contains(donge.reference())) {
            assertThat(page).contains(donge.maskedCertificate());
        }
        assertThat($(Anchor.class).id("export-download-csv").getHref()).matches("VAADIN/dynamic/resource/.+");
        assertThat($(Anchor.class).id("export-download-xlsx").getHref()).matches("VAADIN/dynamic/resource/.+");
    }

    @Test
    void a_city_administrator_chooses_one_county_or_the_whole_city() {
        var donge = outcomes.trained("东阿 页面丙", County.DONGE, true, true, "盲人按摩（初级）");
        var shenxian = outcomes.trained("莘县 页面丁", County.SHENXIAN, true, false, null);
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var view = navigate(NationalExportView.ROUTE, NationalExportView.class);
        view.kind.setValue(ExportKind.TRAINING);
        // The newest rows come last and the page shows the first ten: narrow the period to today.
        view.from.setValue(today());

        @SuppressWarnings("unchecked")
        Select<County> county = $(Select.class).id("export-county");
        test(county).selectItem("莘县");
        show();
        assertThat($(Component.class).id("export-result-heading").getElement().getText()).isEqualTo("莘县 培训情况");
        assertThat($(ReflowTable.class).single().texts().subList(1, $(ReflowTable.class).single().texts().size()))
                .allSatisfy(row -> assertThat(row.get(6)).isEqualTo("莘县"));
        assertThat(pageText()).doesNotContain(donge.name());

        county.setValue(null);
        show();
        assertThat($(Component.class).id("export-result-heading").getElement().getText()).isEqualTo("全市 培训情况");
        assertThat(pageText()).doesNotContain(donge.certificate(), shenxian.certificate(), donge.phone());
    }

    @Test
    void missing_and_reversed_dates_are_listed_in_the_error_summary_and_nothing_is_shown() {
        TestAccounts.signIn(accounts.caseworker("东阿县 陈老师", County.DONGE));
        var view = navigate(NationalExportView.ROUTE, NationalExportView.class);

        view.from.setValue(null);
        show();
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请填写开始日期，如 2026 年 1 月 1 日");
        assertThat(view.from.isInvalid()).isTrue();

        view.from.setValue(today());
        view.to.setValue(today().minusDays(1));
        show();
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("结束日期不能早于开始日期");
        assertThat(view.result.getChildren().count()).isZero();

        view.to.setValue(today());
        show();
        assertThat(view.result.getChildren().count()).isPositive();
    }

    @Test
    void the_workspace_links_to_the_page_for_county_staff_and_administrators_but_not_loan_officers() {
        TestAccounts.signIn(accounts.countyAdministrator("东阿县 主任", County.DONGE));
        navigate("staff", Component.class);
        assertThat($(Anchor.class).id("staff-task-export").getHref()).isEqualTo(NationalExportView.ROUTE);
        assertThat($(Anchor.class).id("staff-task-export").getText()).startsWith("上报全国系统：");

        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        navigate("staff", Component.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").equals("staff-task-export"));
    }
}
