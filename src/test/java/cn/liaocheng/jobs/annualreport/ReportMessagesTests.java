package cn.liaocheng.jobs.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.messages.MessageService;
import cn.liaocheng.jobs.messages.OutgoingMessage;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Reminders from 1 December until the report is submitted, at most one a day, and the note when the city asks for changes. */
@SpringBootTest
@Import(ReportClock.Config.class)
class ReportMessagesTests {

    /** Years 6000–6999 are this class's. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(6000 + (int) (Math.random() * 900));

    @Autowired ReportMessages reminders;
    @Autowired AnnualReportService reports;
    @Autowired MessageService messages;
    @Autowired TestAccounts accounts;
    @Autowired ReportClock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private List<String> texts(PortalUser staff) {
        return messages.forStaff(staff.accountId()).reversed().stream().map(OutgoingMessage::text).toList();
    }

    private void submit(PortalUser admin, County county, int year) {
        TestAccounts.signIn(admin);
        var report = reports.open(county, year).orElseThrow();
        reports.submit(county, year, report.version(), new ReportSections("成效", "做法", "问题"));
        TestAccounts.signOut();
    }

    @Test
    void from_1_december_each_county_administrator_gets_one_reminder_a_day_however_often_the_job_runs() {
        int year = NEXT_YEAR.getAndIncrement();
        var first = accounts.countyAdministrator("莘县 赵主任", County.SHENXIAN);
        var second = accounts.countyAdministrator("莘县 孙副主任", County.SHENXIAN);
        var caseworker = accounts.caseworker("莘县 张老师", County.SHENXIAN);

        reminders.remind(LocalDate.of(year, 11, 30));
        assertThat(texts(first)).as("30 November").isEmpty();

        reminders.remind(LocalDate.of(year, 12, 1));
        reminders.remind(LocalDate.of(year, 12, 1));
        assertThat(texts(first)).singleElement().asString().contains("莘县" + year + "年度落实情况报告", "还有 9 天");
        assertThat(texts(second)).hasSize(1);
        assertThat(texts(caseworker)).as("only administrators answer for the report").isEmpty();

        reminders.remind(LocalDate.of(year, 12, 2));
        assertThat(texts(first)).hasSize(2).last().asString().contains("还有 8 天");
    }

    @Test
    void on_the_day_and_after_it_the_reminder_says_so_and_it_stops_once_submitted() {
        int year = NEXT_YEAR.getAndIncrement();
        var admin = accounts.countyAdministrator("冠县 周主任", County.GUANXIAN);
        var other = accounts.countyAdministrator("高唐县 吴主任", County.GAOTANG);

        reminders.remind(LocalDate.of(year, 12, 10));
        reminders.remind(LocalDate.of(year, 12, 11));
        assertThat(texts(admin)).hasSize(2);
        assertThat(texts(admin).get(0)).contains("今天（12月10日）截止");
        assertThat(texts(admin).get(1)).contains("已逾期 1 天");

        clock.set(LocalDateTime.of(year, 12, 11, 15, 0));
        submit(admin, County.GUANXIAN, year);
        reminders.remind(LocalDate.of(year, 12, 12));
        assertThat(texts(admin)).as("submitted: no more").hasSize(2);
        assertThat(texts(other)).as("高唐县 has not submitted").hasSize(3);

        reminders.remind(LocalDate.of(year + 1, 1, 2));
        assertThat(texts(other)).as("none in January").hasSize(3);
    }

    @Test
    void when_the_city_asks_for_changes_the_county_is_told_and_reminded_again_until_it_submits() {
        int year = NEXT_YEAR.getAndIncrement();
        var admin = accounts.countyAdministrator("临清市 郑主任", County.LINQING);
        clock.set(LocalDateTime.of(year, 12, 2, 9, 0));
        submit(admin, County.LINQING, year);
        reminders.remind(LocalDate.of(year, 12, 2));
        assertThat(texts(admin)).isEmpty();

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var report = reports.open(County.LINQING, year).orElseThrow();
        reports.requestChanges(County.LINQING, year, report.version(), "请补充培训完成情况");
        TestAccounts.signOut();

        assertThat(texts(admin)).singleElement().asString().contains("市残联请修改临清市" + year + "年度落实情况报告");
        reminders.remind(LocalDate.of(year, 12, 3));
        assertThat(texts(admin)).hasSize(2).last().asString().contains("还有 7 天");
    }
}
