package cn.liaocheng.jobs.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.StaffAccounts.StaffAccount;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.StatusChange;
import cn.liaocheng.jobs.review.RejectionReason;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.TestSubmissions;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 工作台's queue and the application page, as caseworkers of two counties, an administrator and outsiders meet them. */
@SpringBootTest
class ReviewViewsTests extends SpringBrowserlessTest {

    @Autowired TestSubmissions submissions;
    @Autowired TestAccounts accounts;
    @Autowired ReviewService review;
    @Autowired ApplicationService applications;
    @Autowired StaffAccounts staffAccounts;
    @Autowired cn.liaocheng.jobs.catalogue.TestOffers offers;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    @Test
    void the_queue_is_a_table_with_caption_headers_and_the_reference_linking_to_the_application() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));

        navigate(QueueView.class);
        UI.getCurrent().navigate("staff/queue",
                QueryParameters.simple(java.util.Map.of("township", "燕店镇", "state", "submitted")));
        assertThat($(QueueView.class).single().currentFilter().township()).isEqualTo("燕店镇");

        assertThat(heading()).isEqualTo("待办申请");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("待办申请 - 聊城残疾人就业服务");
        var table = $(NativeTable.class).id("queue-table");
        assertThat(table.getCaption().getText()).startsWith("申请，最早提交的在前");
        assertThat(table.getElement().getOuterHTML()).contains("scope=\"col\"").contains("scope=\"row\"");
        var link = $(Anchor.class).withText(submitted.reference()).single();
        assertThat(link.getHref()).isEqualTo("staff/applications/" + submitted.applicationId());
        assertThat($(Component.class).id("queue-counts").getElement().getTextRecursively()).contains("已提交：");
        assertThat($(Select.class).all()).allMatch(select -> select.getLabel() != null && !select.getLabel().isBlank());
    }

    @Test
    void a_donge_caseworker_gets_not_found_for_a_shenxian_application_by_url_and_the_queue_leaves_it_out() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.caseworker("东阿县 李老师", County.DONGE));

        navigate("staff/queue", QueueView.class);
        assertThat($(Anchor.class).withText(submitted.reference()).exists()).isFalse();

        navigate("staff/applications/" + submitted.applicationId(), Component.class);
        assertThat($(ReviewApplicationView.class).exists()).isFalse();
        assertThat(heading()).isEqualTo("找不到这个页面");
        navigate("staff/applications/999999999", Component.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
    }

    @Test
    void loan_officers_and_applicants_do_not_get_the_review_pages() {
        var submitted = submissions.course("王芳");
        for (var user : List.of(accounts.create("农行 王经理", Role.LOAN_OFFICER), submitted.applicant())) {
            TestAccounts.signIn(user);
            for (var route : List.of("staff/queue", "staff/applications/" + submitted.applicationId())) {
                navigate(route, Component.class);
                assertThat($(QueueView.class).exists() || $(ReviewApplicationView.class).exists()).isFalse();
                assertThat(heading()).as("staff pages do not exist for them (decision 0015)").isEqualTo("找不到这个页面");
            }
        }
    }

    @Test
    void the_caseworker_starts_asks_for_more_and_the_applicant_reads_the_message() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        assertThat(heading()).isEqualTo("申请 " + submitted.reference());
        assertThat($(Component.class).id("resident-id").getElement().getText()).contains("*");

        test(button("开始审核")).click();
        assertThat($(Component.class).id("review-status").getElement().getText()).isEqualTo("当前状态：审核中");
        assertThat($(Announcer.class).single().message()).isEqualTo("已完成操作。现在的状态是：审核中。");

        test(button("需补充材料")).click();
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请写明需要申请人补充什么");
        test($(TextArea.class).id("more-info-message")).setValue("请上传残疾人证照片");
        test(button("需补充材料")).click();
        assertThat($(Component.class).id("review-status").getElement().getText()).isEqualTo("当前状态：需补充材料");
        assertThat($(Component.class).id("review-audit").getElement().getTextRecursively())
                .contains("打开了申请", "开始审核", "要求补充材料");

        TestAccounts.signIn(submitted.applicant());
        assertThat(applications.history(submitted.applicationId())).extracting(StatusChange::reason)
                .contains("请上传残疾人证照片");
    }

    @Test
    void repeated_openings_by_one_caseworker_on_one_day_read_as_one_line_while_every_row_is_kept() {
        var submitted = submissions.course("王芳");
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        var colleague = accounts.caseworker("莘县 刘老师", County.SHENXIAN);
        TestAccounts.signIn(colleague);
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        TestAccounts.signIn(caseworker);
        for (int i = 0; i < 3; i++) {
            navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        }
        test(button("开始审核")).click();
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);

        var lines = $(Component.class).id("review-audit").getChildren().map(c -> c.getElement().getText()).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("莘县 刘老师", "打开了申请").doesNotContain("次");
        // Three visits, the page shown again after 开始审核, one more visit.
        assertThat(lines.get(1)).contains("莘县 张老师", "打开了申请（当天 5 次，最近一次");
        assertThat(lines.get(2)).contains("莘县 张老师", "开始审核");
        assertThat(review.open(submitted.applicationId()).auditTrail())
                .filteredOn(e -> e.action() == cn.liaocheng.jobs.audit.AuditedAction.APPLICATION_OPENED)
                .as("every opening kept: the colleague's, the five, and this one").hasSize(7);
    }

    @Test
    void revealing_the_id_number_is_a_deliberate_press_recorded_in_the_audit_trail() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);

        test(button("显示身份证号")).click();

        assertThat($(Component.class).id("resident-id").getElement().getText()).doesNotContain("*").hasSize(18);
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        assertThat($(Component.class).id("review-audit").getElement().getTextRecursively())
                .contains("查看了完整身份证号");
    }

    @Test
    void a_colleagues_change_in_between_is_shown_with_the_current_state_and_not_overwritten() {
        var submitted = submissions.course("王芳");
        var me = accounts.caseworker("莘县 张老师", County.SHENXIAN);
        var colleague = accounts.caseworker("莘县 刘老师", County.SHENXIAN);
        TestAccounts.signIn(me);
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);

        TestAccounts.signIn(colleague);
        int v = review.open(submitted.applicationId()).reviewCase().version();
        review.reject(submitted.applicationId(), v, RejectionReason.NO_PLACES_LEFT, null, "名额已满");
        TestAccounts.signIn(me);
        test(button("开始审核")).click();

        assertThat($(Component.class).id("review-conflict").getElement().getText())
                .startsWith("其他工作人员刚刚处理了这份申请").contains("未通过");
        assertThat($(Component.class).id("review-status").getElement().getText()).isEqualTo("当前状态：未通过");
        assertThat($(Button.class).withText("开始审核").exists()).isFalse();
    }

    @Test
    void an_approved_course_is_closed_with_its_training_outcome() {
        var submitted = submissions.course("王芳");
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        test(button("开始审核")).click();
        test(button("通过")).click();

        test($(Checkbox.class).id("outcome-enrolled")).click();
        test($(Checkbox.class).id("outcome-completed")).click();
        test(button("办结")).click();

        assertThat($(Component.class).id("review-status").getElement().getText()).isEqualTo("当前状态：已完成");
        assertThat($(Component.class).id("review-history").getElement().getTextRecursively()).contains("已完成");
    }

    @Test
    void an_administrator_reassigns_to_one_of_the_countys_active_caseworkers_and_a_caseworker_cannot() {
        var submitted = submissions.course("王芳");
        var first = accounts.caseworker("莘县 改派甲", County.SHENXIAN);
        var second = accounts.caseworker("莘县 改派乙", County.SHENXIAN);
        var switchedOff = accounts.caseworker("莘县 改派丙", County.SHENXIAN);
        accounts.caseworker("东阿县 改派丁", County.DONGE);
        var administrator = accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);

        // A caseworker takes it; they see no 改派 (the service refuses it to them too).
        TestAccounts.signIn(first);
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        test(button("由我处理")).click();
        assertThat($(Component.class).id("review-summary").getElement().getTextRecursively()).contains("莘县 改派甲");
        assertThat($(Component.class).withId("review-reassign").exists()).isFalse();

        TestAccounts.signIn(administrator);
        staffAccounts.deactivate(switchedOff.accountId());
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<StaffAccount> choice = $(RadioButtonGroup.class).id("reassign-caseworker");
        assertThat(choice.getLabel()).isEqualTo("交给谁处理");
        var names = choice.getListDataView().getItems().map(StaffAccount::name).toList();
        // The county's active caseworkers except the one who has it; nobody switched off, nobody of another county.
        assertThat(names).contains("莘县 改派乙").doesNotContain("莘县 改派甲", "莘县 改派丙", "东阿县 改派丁");

        // 改派 with nobody chosen: the error summary names the choice, and nothing changes.
        test(button("改派")).click();
        assertThat($(ErrorSummary.class).single().getElement().getTextRecursively()).contains("请选择本县（市、区）的工作人员");
        assertThat($(Component.class).id("review-summary").getElement().getTextRecursively()).contains("莘县 改派甲");

        choice.setValue(choice.getListDataView().getItems().filter(a -> a.accountId() == second.accountId())
                .findFirst().orElseThrow());
        test(button("改派")).click();
        assertThat($(Component.class).id("review-summary").getElement().getTextRecursively()).contains("莘县 改派乙")
                .doesNotContain("莘县 改派甲");
        assertThat($(Announcer.class).single().message()).isEqualTo("已改派。经办人：莘县 改派乙。");
        assertThat($(Component.class).id("review-audit").getElement().getTextRecursively()).contains("市残联 管理员");
    }

    @Test
    void the_filter_form_puts_the_chosen_offer_into_the_address() {
        submissions.course("王芳"); // so that the offer list has an offer of 莘县
        TestAccounts.signIn(accounts.caseworker("莘县 张老师", County.SHENXIAN));
        navigate(QueueView.class);
        var queue = $(QueueView.class).single();
        @SuppressWarnings("unchecked")
        Select<String> offer = $(Select.class).id("queue-filter-offer");
        var slug = queue.offer.getListDataView().getItems().filter(v -> !v.isEmpty()).findFirst().orElseThrow();
        test(offer).selectItem(offer.getItemLabelGenerator().apply(slug));
        test($(Button.class).id("queue-filter-apply")).click();

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("staff/queue");
        assertThat(location.getQueryParameters().getSingleParameter("offer")).hasValue(slug);
        assertThat($(QueueView.class).single().currentFilter().offerSlug()).isEqualTo(slug);
    }

    @Test
    void an_employment_outcome_asks_for_social_insurance_with_yes_no_and_not_known() {
        var offer = offers.offer("公益性岗位 " + cn.liaocheng.jobs.catalogue.TestOffers.uniqueToken())
                .subtype(cn.liaocheng.jobs.catalogue.OfferSubtype.PUBLIC_WELFARE_POST).save();
        var submitted = submissions.of("钱进", offer, null);
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        navigate("staff/applications/" + submitted.applicationId(), ReviewApplicationView.class);
        test(button("开始审核")).click();
        test(button("通过")).click();

        test($(Checkbox.class).id("outcome-employed")).click();
        test($(com.vaadin.flow.component.textfield.TextField.class).id("outcome-employer")).setValue("莘县社区服务中心");
        $(cn.liaocheng.jobs.shell.DatePartsField.class).id("outcome-start-date")
                .setValue(java.time.LocalDate.of(2026, 3, 1));
        @SuppressWarnings("unchecked")
        Select<cn.liaocheng.jobs.review.EmploymentKind> kind = $(Select.class).id("outcome-employment-kind");
        test(kind).selectItem("公益性岗位");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<cn.liaocheng.jobs.review.SocialInsurance> insurance =
                $(RadioButtonGroup.class).id("outcome-social-insurance");
        assertThat(insurance.getLabel()).isEqualTo("参加社会保险");
        assertThat(insurance.getListDataView().getItems().map(i -> insurance.getItemLabelGenerator().apply(i)))
                .containsExactly("是", "否", "不清楚");
        test(button("办结")).click();
        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("请选择是否参加社会保险；不知道就选“不清楚”");
        assertThat(insurance.isInvalid()).isTrue();

        insurance.setValue(cn.liaocheng.jobs.review.SocialInsurance.UNKNOWN);
        test(button("办结")).click();
        assertThat($(Component.class).id("review-status").getElement().getText()).isEqualTo("当前状态：已完成");
        assertThat(((cn.liaocheng.jobs.review.Outcome.Employment) review.open(submitted.applicationId()).outcome())
                .socialInsurance()).isEqualTo(cn.liaocheng.jobs.review.SocialInsurance.UNKNOWN);
    }
}
