package cn.liaocheng.jobs.quota.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.quota.QuotaReports;
import cn.liaocheng.jobs.quota.ReservedPost;
import cn.liaocheng.jobs.quota.TestQuota;
import cn.liaocheng.jobs.quota.UnitKind;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 用人单位, the yearly report, 按比例就业 for staff and the 公示, as people meet them, in Chinese and English. */
@SpringBootTest
class QuotaViewsTests extends SpringBrowserlessTest {

    private static final String NOT_FOUND = "找不到这个页面";

    @Autowired TestAccounts accounts;
    @Autowired TestQuota quota;
    @Autowired QuotaReports reports;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    /** Everything the page says, the shell's header and footer included. */
    private String pageText() {
        return $(cn.liaocheng.jobs.shell.MainLayout.class).single().getElement().getTextRecursively();
    }

    private void navigateToYear(String year) {
        UI.getCurrent().navigate(DisclosureView.ROUTE, com.vaadin.flow.router.QueryParameters.of("year", year));
    }

    private String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    @Test
    void an_empty_request_lists_every_problem_in_chinese_at_its_field() {
        TestAccounts.signIn(accounts.applicant("刘人事"));
        navigate(EmployerView.class);
        assertThat(heading()).isEqualTo("用人单位");
        assertThat(title()).isEqualTo("用人单位 - 聊城残疾人就业服务");

        $(TextField.class).id("unit-credit-code").setValue("91350100M000100Y44");
        click("unit-request-submit");

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请填写单位名称",
                "统一社会信用代码不正确，请对照证书检查每一位（共 18 位，不含字母 I、O、Z、S、V）", "请选择单位所在县（市、区）",
                "请选择单位类别", "请填写您在本单位的职务");
        var code = $(TextField.class).id("unit-credit-code");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("统一社会信用代码不正确");
        assertThat(title()).startsWith("错误：");
    }

    @Test
    void the_request_form_speaks_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestAccounts.signIn(accounts.applicant("Liu"));
        navigate(EmployerView.class);
        assertThat(heading()).isEqualTo("Employers");

        click("unit-request-submit");

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("Enter the name of the unit",
                "Enter the unified social credit code", "Choose the county, city or district of the unit",
                "Choose the kind of unit", "Enter your position in the unit");
        assertThat($(TextField.class).id("unit-position").getErrorMessage()).isEqualTo("Enter your position in the unit");
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_complete_request_waits_for_the_county_federation() {
        TestAccounts.signIn(accounts.applicant("刘人事"));
        navigate(EmployerView.class);
        $(TextField.class).id("unit-name").setValue("莘县某国有公司");
        $(TextField.class).id("unit-credit-code").setValue(TestQuota.uniqueCreditCode().toLowerCase(Locale.ROOT));
        ((Select<County>) $(Select.class).id("unit-county")).setValue(County.SHENXIAN);
        ((RadioButtonGroup<UnitKind>) $(RadioButtonGroup.class).id("unit-kind")).setValue(UnitKind.STATE_ENTERPRISE);
        $(TextField.class).id("unit-position").setValue("人事科科长");
        click("unit-request-submit");

        assertThat($(Paragraph.class).id("employer-pending").getText())
                .isEqualTo("申请已提交，等待莘县残联确认。确认后请退出登录再重新登录，即可填报。");
        assertThat($(TextField.class).exists()).as("the form is gone").isFalse();
    }

    @Test
    void an_applicant_finds_no_report_page_and_no_staff_page() {
        TestAccounts.signIn(accounts.applicant("王五"));
        navigate("employer/report", Component.class);
        assertThat(heading()).isEqualTo(NOT_FOUND);
        navigate("staff/quota", Component.class);
        assertThat(heading()).isEqualTo(NOT_FOUND);
    }

    @Test
    void a_confirmed_representative_who_has_not_signed_in_again_is_told_to() {
        var pending = quota.pending("莘县某医院", County.SHENXIAN, UnitKind.PUBLIC_INSTITUTION);
        TestAccounts.signIn(accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN));
        navigate(StaffQuotaView.class);
        assertThat(heading()).isEqualTo("按比例就业");
        click("confirm-" + pending.unitId());
        assertThat($(StaffQuotaView.class).single().statusText()).isEqualTo("已确认 莘县某医院 的填报人");
        assertThat($(Button.class).withId("confirm-" + pending.unitId()).exists()).isFalse();

        TestAccounts.signIn(pending.account()); // the session still says APPLICANT
        navigate(EmployerView.class);
        assertThat($(Paragraph.class).id("employer-sign-in-again").getText()).startsWith("残联已确认您为本单位的填报人");
    }

    @Test
    void letters_in_a_number_are_named_at_the_field_and_nothing_is_saved() {
        var employer = quota.employer("莘县某国企", County.SHENXIAN, UnitKind.STATE_ENTERPRISE);
        TestAccounts.signIn(employer);
        navigate(EmployerView.class);
        test($(Anchor.class).id("employer-report-link")).click();
        assertThat(heading()).isEqualTo(reports.currentYear() + " 年度按比例安排残疾人就业情况");

        $(TextField.class).id("report-total-staff").setValue("一百二十");
        click("report-add-post");
        click("report-submit");

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("在职职工总数只能填写数字，例如 120",
                "请填写安排残疾人就业人数，没有请填 0", "请填写预留岗位 1 的岗位名称", "预留岗位 1 的招用人数请填写 1 到 999 之间的整数",
                "请填写预留岗位 1 的岗位要求", "有预留岗位时请填写联系方式");
        assertThat($(TextField.class).id("post-0-title").getErrorMessage()).isEqualTo("请填写预留岗位 1 的岗位名称");
        var mine = reports.mine(reports.currentYear()).orElseThrow();
        assertThat(mine.draft()).isEmpty();
        assertThat(mine.submitted()).isEmpty();
    }

    @Test
    void report_errors_speak_english_too() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TestAccounts.signIn(quota.employer("Some bureau", County.CITYWIDE, UnitKind.PARTY_GOVERNMENT_ORGAN));
        navigate(QuotaReportView.class);
        $(TextField.class).id("report-total-staff").setValue("10");
        $(TextField.class).id("report-disabled").setValue("11");
        click("report-submit");

        assertThat($(ErrorSummary.class).single().messages()).containsExactly(
                "There cannot be more disabled employees than staff in post", "Enter the number of authorised posts");
    }

    @Test
    void a_submitted_report_shows_the_ratio_and_status_and_offers_a_correction() {
        TestAccounts.signIn(quota.employer("莘县某公司", County.SHENXIAN, UnitKind.STATE_ENTERPRISE));
        navigate(QuotaReportView.class);
        $(TextField.class).id("report-total-staff").setValue("100");
        $(TextField.class).id("report-disabled").setValue("1");
        click("report-save");
        assertThat(pageText()).contains("草稿已保存");
        click("report-submit");

        var summary = $(com.vaadin.flow.component.html.UnorderedList.class).id("report-summary")
                .getElement().getTextRecursively();
        assertThat(summary).contains("在职职工总数：100 人", "比例：1.00%", "情况：未达标", "尚需安排：1 人");
        click("report-correct");
        assertThat($(TextField.class).id("report-total-staff").getValue()).isEqualTo("100");
    }

    @Test
    void the_disclosure_shows_each_unit_with_its_ratio_and_status_and_no_personal_data() {
        var below = quota.reported("聊城市某事业单位", County.CITYWIDE, UnitKind.STATE_ENTERPRISE,
                TestQuota.figures(67, 1, new ReservedPost("档案员", 1, County.CITYWIDE, "高中")));
        var meets = quota.reported("莘县某达标公司", County.SHENXIAN, UnitKind.STATE_ENTERPRISE,
                TestQuota.figures(200, 3));
        TestAccounts.browseSignedOut();

        navigate("disclosure", DisclosureView.class);

        assertThat(heading()).isEqualTo(reports.currentYear() + " 年度按比例安排残疾人就业情况公示");
        var rows = $(cn.liaocheng.jobs.shell.ReflowTable.class).single().texts();
        assertThat(rows.getFirst()).containsExactly("单位名称", "县（市、区）", "单位类别", "在职职工总数", "残疾人职工比例", "情况",
                "尚需安排", "预留岗位（人）");
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .containsExactly("聊城市某事业单位", "市直单位", "国有企业", "67", "1.49%", "未达标", "1 人", "0"));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .containsExactly("莘县某达标公司", "莘县", "国有企业", "200", "1.50%", "达标", "无需", "0"));
        var text = pageText();
        assertThat(text).as("the page text is really read").contains("聊城市某事业单位", "莘县某达标公司", "按比例就业公示");
        for (var person : java.util.List.of(below, meets)) {
            assertThat(text).doesNotContain(person.displayName(), person.phoneNumber());
        }
        assertThat(Pattern.compile("1[3-9]\\d{9}").matcher(text).find()).as("no mobile number").isFalse();
        assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(text).find()).as("no ID number").isFalse();
        assertThat(text).doesNotContain("人事科 0635", "人事科科长");
    }

    @Test
    void a_year_outside_the_plan_is_not_found() {
        TestAccounts.browseSignedOut();
        navigateToYear("2019");
        assertThat(heading()).isEqualTo(NOT_FOUND);
        navigateToYear("abcd");
        assertThat(heading()).isEqualTo(NOT_FOUND);
        navigateToYear(String.valueOf(reports.currentYear() + 1));
        assertThat(heading()).isEqualTo(NOT_FOUND);
        navigateToYear("2023");
        assertThat(heading()).isEqualTo("2023 年度按比例安排残疾人就业情况公示");
    }
}
