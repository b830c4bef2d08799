package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.ConsentState;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 当面确认代办 as a caseworker meets it: find by phone, errors at the fields, recorded and announced. */
@SpringBootTest
class ConsentInPersonViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired HelpingService helping;
    @Autowired Clock clock;

    private final PhoneNumber fathersPhone = TestAccounts.uniquePhone();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    @Test
    void a_caseworker_finds_the_request_by_phone_and_records_the_consent_with_date_and_place() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false, fathersPhone);
        long helpId = people.helpId(father.personId(), daughter);
        TestAccounts.signIn(accounts.caseworker("莘县残联 张老师", County.SHENXIAN));

        var view = navigate(ConsentInPersonView.class);
        assertThat(view.getClass()).isEqualTo(ConsentInPersonView.class);
        assertThat(heading()).isEqualTo("当面确认代办");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("当面确认代办 - 聊城残疾人就业服务");
        assertThat($(Button.class).id("consent-county-choose-" + helpId)).isNotNull();

        test($(TextField.class).id("consent-phone")).setValue("1380000");
        test($(Button.class).id("consent-search")).click();
        assertThat($(ErrorSummary.class).single().messages()).hasSize(1);
        assertThat($(TextField.class).id("consent-phone").isInvalid()).isTrue();

        test($(TextField.class).id("consent-phone")).setValue(fathersPhone.value());
        test($(Button.class).id("consent-search")).click();
        assertThat($(Announcer.class).single().message()).isEqualTo("找到 1 个等待本人确认的代办请求。");
        var found = $(Component.class).id("consent-found").getElement().getTextRecursively();
        assertThat(found).contains("王建国", "王芳（女儿）", fathersPhone.masked(), "莘县")
                .doesNotContain(fathersPhone.value());
        test($(Button.class).id("consent-found-choose-" + helpId)).click();

        // Nothing ticked, no place: both named at their fields; the date is today's already.
        test($(Button.class).id("consent-submit")).click();
        assertThat($(ErrorSummary.class).single().messages())
                .containsExactly("请在本人当面同意后勾选“本人已当面确认”", "请填写确认地点，如：莘县残联");
        view.confirmed.setValue(true);
        view.on.setValue(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusDays(1));
        test($(TextField.class).id("consent-place")).setValue("燕店镇残联");
        test($(Button.class).id("consent-submit")).click();
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("确认日期不能晚于今天");
        assertThat(view.on.isInvalid()).isTrue();

        view.on.setValue(LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))));
        test($(Button.class).id("consent-submit")).click();
        assertThat($(Announcer.class).single().message())
                .isEqualTo("已记录：王建国 本人已当面确认。王芳 现在可以替 TA 提交申请。");
        assertThat($(Component.class).id("consent-in-person-status").getElement().getTextRecursively())
                .contains("已记录");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").endsWith("-choose-" + helpId));

        TestAccounts.signIn(daughter);
        assertThat(helping.helping(helpId).orElseThrow().consent()).isEqualTo(ConsentState.CONFIRMED_IN_PERSON);
    }

    @Test
    void another_countys_caseworker_finds_nothing_and_applicants_and_the_bank_do_not_get_the_page() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false, fathersPhone);
        long helpId = people.helpId(father.personId(), daughter);

        TestAccounts.signIn(accounts.caseworker("东昌府区残联 刘老师", County.DONGCHANGFU));
        navigate(ConsentInPersonView.class);
        test($(TextField.class).id("consent-phone")).setValue(fathersPhone.value());
        test($(Button.class).id("consent-search")).click();
        assertThat($(Announcer.class).single().message()).isEqualTo("没有找到等待这个手机号本人确认的代办请求。");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").endsWith("-choose-" + helpId));

        for (var user : new cn.liaocheng.jobs.accounts.PortalUser[] {daughter,
                accounts.create("农行 王经理", Role.LOAN_OFFICER)}) {
            TestAccounts.signIn(user);
            navigate(ConsentInPersonView.ROUTE, Component.class);
            assertThat($(ConsentInPersonView.class).exists()).isFalse();
        }
    }

    @Test
    void the_workspace_links_to_the_page_for_caseworkers_only() {
        TestAccounts.signIn(accounts.caseworker("莘县残联 张老师", County.SHENXIAN));
        navigate("staff", Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("staff-task-helpers").getHref())
                .isEqualTo(ConsentInPersonView.ROUTE);

        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
        navigate("staff", Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .noneMatch(a -> a.getId().orElse("").equals("staff-task-helpers"));
    }
}
