package cn.liaocheng.jobs.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 操作记录查询 as a city administrator uses it, and as nobody else finds it. */
@SpringBootTest
class AuditSearchViewTests extends SpringBrowserlessTest {

    @Autowired TestSubmissions submissions;
    @Autowired TestAccounts accounts;
    @Autowired ReviewService review;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A 莘县 course application that a 莘县 caseworker opened and started reviewing; the caseworker. */
    private PortalUser reviewed(TestSubmissions.Submitted submitted) {
        var caseworker = accounts.caseworker("莘县 张老师 " + System.nanoTime(), County.SHENXIAN);
        TestAccounts.signIn(caseworker);
        int version = review.open(submitted.applicationId()).reviewCase().version();
        review.startReview(submitted.applicationId(), version);
        TestAccounts.signOut();
        return caseworker;
    }

    private void search(String parameter, String value) {
        navigate(AuditSearchView.class);
        UI.getCurrent().navigate(AuditSearchView.ROUTE, QueryParameters.simple(java.util.Map.of(parameter, value)));
    }

    private String results() {
        return $(NativeTable.class).id("audit-search-results").getElement().getTextRecursively();
    }

    @Test
    void by_reference_an_administrator_sees_who_did_what_to_the_person_when_and_from_where() {
        var submitted = submissions.course("王芳");
        var caseworker = reviewed(submitted);
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        search("ref", submitted.reference());

        assertThat($(PageHeading.class).single().getText()).isEqualTo("操作记录查询");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("操作记录查询 - 聊城残疾人就业服务");
        var table = $(NativeTable.class).id("audit-search-results");
        assertThat(table.getCaption().getText()).isEqualTo("操作记录，共 2 条，最新的在前");
        assertThat(table.getElement().getOuterHTML()).contains("scope=\"col\"");
        assertThat(results()).contains(caseworker.displayName(), "开始审核", "打开了申请",
                "县（市、区）残联工作人员");
        var link = $(Anchor.class).withText(submitted.reference() + "，王芳").first();
        assertThat(link.getHref()).isEqualTo("staff/applications/" + submitted.applicationId());
    }

    @Test
    void the_form_searches_one_staff_member_on_one_day_through_the_address() {
        var first = submissions.course("王芳");
        var caseworker = reviewed(first);
        var other = reviewed(submissions.course("李明"));
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        navigate(AuditSearchView.class);

        @SuppressWarnings("unchecked")
        Select<String> staff = $(Select.class).id("audit-search-staff");
        staff.setValue(Long.toString(caseworker.accountId()));
        var view = $(AuditSearchView.class).single();
        view.day.setValue(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        test($(Button.class).id("audit-search-apply")).click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getQueryString())
                .contains("staff=" + caseworker.accountId()).contains("day=");
        assertThat(results()).contains(caseworker.displayName(), "王芳").doesNotContain(other.displayName(), "李明");
    }

    @Test
    void a_day_without_entries_says_so_and_an_unknown_reference_is_an_error_at_the_field() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));

        search("day", "2001-01-01");
        assertThat($(Component.class).id("audit-search-empty").getElement().getText()).isEqualTo("没有符合条件的记录。");

        search("ref", "LC-1999-999999");
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("没有找到这个申请编号，请检查后重新输入");
        assertThat($(TextField.class).id("audit-search-reference").isInvalid()).isTrue();
        assertThat($(NativeTable.class).all()).isEmpty();
    }

    @Test
    void the_administrators_workbench_links_to_it_and_a_caseworkers_does_not() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        navigate("staff", Component.class);
        assertThat($(Anchor.class).id("staff-task-audit").getHref()).isEqualTo("staff/audit");

        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        navigate("staff", Component.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().filter("staff-task-audit"::equals).isPresent());
    }

    @Test
    void caseworkers_county_administrators_loan_officers_applicants_and_employers_find_no_such_page() {
        for (var who : new PortalUser[] {accounts.caseworker("莘县 张老师", County.SHENXIAN),
                accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN), accounts.create("农行 王经理", Role.LOAN_OFFICER),
                accounts.applicant("李明"), accounts.create("某局 人事科", Role.EMPLOYER)}) {
            TestAccounts.signIn(who);
            navigate("staff/audit", Component.class);
            assertThat($(PageHeading.class).single().getText()).as(who.role().name()).isEqualTo("找不到这个页面");
        }
    }
}
