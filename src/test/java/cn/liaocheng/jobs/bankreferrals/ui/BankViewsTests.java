package cn.liaocheng.jobs.bankreferrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.bankreferrals.TestReferrals;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 农行推荐名单 and one referral, as a loan officer meets them; nobody else finds them. */
@SpringBootTest
class BankViewsTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestReferrals referrals;
    @Autowired Clock clock;
    @Autowired cn.liaocheng.jobs.bankreferrals.BankReferrals bank;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private long referral() {
        return referrals.referralId(referrals.approvedReferral().applicationId()).orElseThrow();
    }

    @Test
    void the_queue_is_a_table_with_a_caption_and_the_reference_links_to_the_referral() {
        long id = referral();
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));

        var view = navigate(BankQueueView.class);

        assertThat(view.getClass()).as("a plain view, not a method-security proxy").isEqualTo(BankQueueView.class);
        assertThat(heading()).isEqualTo("农行推荐名单");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("农行推荐名单 - 聊城残疾人就业服务");
        var table = $(ReferralTable.class).single();
        assertThat(table.getElement().getChild(0).getTag()).isEqualTo("caption");
        assertThat(table.texts().getFirst()).containsExactly("编号", "姓名", "县（市、区）", "申请金额", "办理情况", "推荐日期");
        assertThat(table.texts()).anySatisfy(row -> assertThat(row).contains("张农", "东昌府区", "已推荐，等待农行受理"));
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("referral-" + id).getHref()).isEqualTo("bank/" + id);
    }

    @Test
    void a_loan_officer_accepts_then_records_the_pay_out_with_errors_named_at_the_fields() {
        long id = referral();
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        navigate("bank/" + id, BankReferralView.class);
        assertThat(heading()).startsWith("贷款推荐 LC-");

        test($(Button.class).id("bank-accept")).click();
        assertThat($(Announcer.class).single().message()).isEqualTo("已记录：已受理");

        test($(TextField.class).id("bank-amount")).setValue("五万");
        test($(Button.class).id("bank-disburse")).click();
        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("放款金额只能填数字，如 50000", "请填写放款日期，如 2026 年 12 月 1 日");
        assertThat($(TextField.class).id("bank-amount").isInvalid()).isTrue();

        test($(TextField.class).id("bank-amount")).setValue("50000");
        $(BankReferralView.class).single().paidOn.setValue(LocalDate.now(clock));
        test($(Button.class).id("bank-disburse")).click();
        assertThat($(Announcer.class).single().message()).isEqualTo("已记录：已放款");
        assertThat($(Component.class).id("bank-steps").getElement().getTextRecursively())
                .contains("已受理", "已放款", "50,000 元");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("bank-"));
    }

    @Test
    void declining_without_a_reason_is_refused_at_the_field() {
        long id = referral();
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        navigate("bank/" + id, BankReferralView.class);

        test($(Button.class).id("bank-decline")).click();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请写明未获批的原因，会告诉申请人");
        assertThat($(TextArea.class).id("bank-decline-reason").isInvalid()).isTrue();
    }

    @Test
    void caseworkers_administrators_and_applicants_do_not_find_the_bank_pages() {
        long id = referral();
        for (var user : List.of(accounts.caseworker("东昌府区 刘老师", County.DONGCHANGFU),
                accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR), accounts.applicant("李明"))) {
            TestAccounts.signIn(user);
            for (var route : List.of("bank", "bank/" + id)) {
                navigate(route, Component.class);
                assertThat($(BankQueueView.class).exists() || $(BankReferralView.class).exists()).isFalse();
                assertThat(heading()).as(route).isEqualTo("找不到这个页面");
            }
        }
    }

    @Test
    void a_loan_officer_does_not_find_a_referral_that_does_not_exist() {
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        navigate("bank/999999999", Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
    }

    @Test
    void the_applicant_sees_the_banks_steps_on_their_application_and_in_their_notifications() {
        var approved = referrals.approvedReferral();
        long id = referrals.referralId(approved.applicationId()).orElseThrow();
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        bank.accept(id, referrals.version(id));
        bank.disburse(id, referrals.version(id), "30000", LocalDate.now(clock));

        TestAccounts.signIn(approved.applicant());
        navigate("applications", Component.class);
        assertThat($(Component.class).withClassName("notifications").single().getElement().getTextRecursively())
                .contains("农行已受理", "农行已放款");
        navigate("applications/" + approved.applicationId(), Component.class);
        var timeline = $(Component.class).withClassName("timeline").single().getElement().getTextRecursively();
        assertThat(timeline).contains("已通过", "农行已受理", "农行已放款", "¥30,000 · " + LocalDate.now(clock))
                .doesNotContain("原因：¥");
    }
}
