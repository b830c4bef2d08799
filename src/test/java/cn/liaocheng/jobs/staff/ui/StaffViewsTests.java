package cn.liaocheng.jobs.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 工作台 and 员工账户 as each role meets them. */
@SpringBootTest
class StaffViewsTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired StaffAccounts staffAccounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private List<String> links() {
        return $(Anchor.class, $(StaffHomeView.class).single()).all().stream().map(Anchor::getText).toList();
    }

    private PortalUser administrator() {
        var administrator = accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        TestAccounts.signIn(administrator);
        return administrator;
    }

    @Test
    void a_caseworker_lands_on_the_workspace_with_their_county_and_no_staff_accounts_link() {
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));

        var view = navigate(StaffHomeView.class);

        assertThat(view.getClass()).as("a plain view, not a method-security proxy").isEqualTo(StaffHomeView.class);
        assertThat(heading()).isEqualTo("工作台");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("工作台 - 聊城残疾人就业服务");
        assertThat($(Component.class).id("staff-who").getElement().getText())
                .isEqualTo("莘县 张老师，您好。您的角色：县（市、区）残联工作人员。");
        assertThat($(Component.class).id("staff-scope").getElement().getText()).isEqualTo("您负责莘县的申请。");
        assertThat(links()).containsExactly("待办申请：审核、补充材料、决定和办结",
                "当面确认代办：本人到残联当面同意家人或村专职委员替自己办理", "上报全国系统：导出就业和培训实名制记录（CSV、Excel）",
                "计划进展：全市和本县（市、区）各项目标的完成情况",
                "我的账户：修改密码、退出登录");
    }

    @Test
    void an_administrator_is_offered_the_staff_accounts() {
        administrator();

        navigate(StaffHomeView.class);

        assertThat(links()).containsExactly("待办申请：审核、补充材料、决定和办结",
                "当面确认代办：本人到残联当面同意家人或村专职委员替自己办理", "上报全国系统：导出就业和培训实名制记录（CSV、Excel）",
                "计划进展：全市和本县（市、区）各项目标的完成情况", "年度落实情况报告：填写、提交和查看各地报告",
                "项目管理：新建、修改、发布和下线培训课程、孵化、贷款和就业项目",
                "按比例就业：确认用人单位、审核预留岗位、查看未报送的单位", "员工账户：新建、修改和停用工作人员账户",
                "操作记录查询：按人员、工作人员或日期查询谁在什么时候做了什么",
                "资格规则：查看“我能申请什么”按行动方案哪些条款判断", "我的账户：修改密码、退出登录");
        assertThat($(Anchor.class).id("staff-task-accounts").getHref()).isEqualTo("staff/accounts");
    }

    @Test
    void applicants_and_signed_out_visitors_do_not_get_staff_pages() {
        navigate("staff", Component.class);
        assertThat(heading()).isEqualTo("登录");

        TestAccounts.signIn(accounts.applicant("王芳"));
        for (var route : List.of("staff", "staff/accounts")) {
            navigate(route, Component.class);
            assertThat($(StaffHomeView.class).exists() || $(StaffAccountsView.class).exists()).isFalse();
            assertThat(heading()).as("staff pages do not exist for them (decision 0015)").isEqualTo("找不到这个页面");
        }
    }

    @Test
    void only_administrators_open_staff_accounts() {
        for (var role : List.of(Role.CASEWORKER, Role.LOAN_OFFICER)) {
            TestAccounts.signIn(accounts.create("工作人员", role));
            navigate("staff/accounts", Component.class);
            assertThat($(StaffAccountsView.class).exists()).as(role.name()).isFalse();
        }
    }

    @Test
    void the_staff_accounts_are_a_table_with_caption_and_headers() {
        administrator();
        var caseworker = accounts.caseworker("东阿县 李老师", County.DONGE);

        navigate(StaffAccountsView.class);

        assertThat(heading()).isEqualTo("员工账户");
        var table = $(StaffTable.class).single();
        var rows = table.texts();
        assertThat(rows.getFirst()).containsExactly("姓名", "手机号码", "角色", "负责的县（市、区）", "状态", "操作");
        var masked = caseworker.phoneNumber().substring(0, 3) + "****" + caseworker.phoneNumber().substring(7);
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("东阿县 李老师", masked,
                "县（市、区）残联工作人员", "东阿县", "可以使用", "修改东阿县 李老师的账户"));
        assertThat(table.getElement().getChild(0).getTag()).isEqualTo("caption");
        assertThat(table.getElement().getText() + table.getElement().getTextRecursively())
                .doesNotContain(caseworker.phoneNumber());
    }

    @Test
    void an_administrator_creates_a_caseworker_who_then_waits_to_set_a_password() {
        administrator();
        navigate(StaffAccountsView.class);
        var phone = TestAccounts.uniquePhone();

        test($(TextField.class).id("new-staff-phone")).setValue(phone.value());
        test($(TextField.class).id("new-staff-name")).setValue("莘县 刘老师");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Role> role = $(RadioButtonGroup.class).id("new-staff-role");
        role.setValue(Role.CASEWORKER);
        @SuppressWarnings("unchecked")
        Select<County> county = $(Select.class).id("new-staff-county");
        county.setValue(County.SHENXIAN);
        test($(Button.class).id("new-staff-submit")).click();

        assertThat($(Announcer.class).single().message()).startsWith("已为 莘县 刘老师 新建账户。")
                .contains(phone.masked()).doesNotContain(phone.value());
        assertThat($(StaffTable.class).single().texts()).anySatisfy(row -> assertThat(row)
                .startsWith("莘县 刘老师", phone.masked(), "县（市、区）残联工作人员", "莘县", "等本人设置密码"));
        assertThat($(TextField.class).id("new-staff-phone").getValue()).isEmpty();
    }

    @Test
    void a_form_with_nothing_filled_in_lists_every_problem_in_order() {
        administrator();
        navigate(StaffAccountsView.class);

        test($(Button.class).id("new-staff-submit")).click();

        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("请输入手机号码，如 13800000000", "请输入工作人员的姓名", "请选择角色");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Role> role = $(RadioButtonGroup.class).id("new-staff-role");
        role.setValue(Role.CASEWORKER);
        test($(Button.class).id("new-staff-submit")).click();
        assertThat($(ErrorSummary.class).single().messages())
                .endsWith("请选择这位县（市、区）残联工作人员负责的县（市、区）");
    }

    @Test
    void an_administrator_moves_a_caseworker_to_another_county_and_switches_an_account_off() {
        administrator();
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);

        navigate(StaffAccountView.route(caseworker.accountId()), StaffAccountView.class);
        assertThat(heading()).isEqualTo("员工账户：莘县 张老师");
        @SuppressWarnings("unchecked")
        Select<County> county = $(Select.class).id("staff-county");
        county.setValue(County.DONGE);
        test($(Button.class).id("staff-save")).click();
        assertThat($(Announcer.class).single().message()).isEqualTo("已保存。莘县 张老师 下次登录时生效。");

        test($(Button.class).id("staff-switch")).click();
        assertThat($(Announcer.class).single().message()).isEqualTo("已停用 莘县 张老师 的账户。");
        var stored = staffAccounts.find(caseworker.accountId()).orElseThrow();
        assertThat(stored.county()).isEqualTo(County.DONGE);
        assertThat(stored.active()).isFalse();
        assertThat($(Button.class).id("staff-switch").getText()).isEqualTo("重新启用这个账户");
    }

    @Test
    void an_administrator_cannot_switch_off_their_own_account_and_is_told_why() {
        var me = administrator();
        navigate(StaffAccountView.route(me.accountId()), StaffAccountView.class);

        test($(Button.class).id("staff-switch")).click();

        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("不能修改或停用自己的账户，请另一位管理员来操作。");
    }

    @Test
    void an_id_that_is_no_staff_account_is_not_found() {
        administrator();
        var applicant = accounts.applicant("王芳");

        for (var id : List.of(Long.toString(applicant.accountId()), "999999999", "abc")) {
            navigate("staff/accounts/" + id, Component.class);
            assertThat($(StaffAccountView.class).exists()).isFalse();
            assertThat(heading()).isEqualTo("找不到这个页面");
        }
    }
}
