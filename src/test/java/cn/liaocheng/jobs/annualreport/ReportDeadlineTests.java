package cn.liaocheng.jobs.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.annualreport.ReportDeadline.State;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The 12月10日 deadline on the days around it, with the day read from a fixed clock in Liaocheng's time. */
class ReportDeadlineTests {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private static ReportDeadline on(int year, int month, int day, int hour) {
        var clock = Clock.fixed(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, LIAOCHENG).toInstant(), LIAOCHENG);
        return new ReportDeadline(2026, LocalDate.now(clock));
    }

    @Test
    void on_1_december_nine_days_are_left_and_reminders_start() {
        var deadline = on(2026, 12, 1, 9);
        assertThat(deadline.deadline()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(deadline.daysLeft()).isEqualTo(9);
        assertThat(deadline.state()).isEqualTo(State.OPEN);
        assertThat(deadline.remindersDue()).isTrue();
        assertThat(on(2026, 11, 30, 23).remindersDue()).as("30 November").isFalse();
    }

    @Test
    void on_9_december_one_day_is_left() {
        var deadline = on(2026, 12, 9, 18);
        assertThat(deadline.daysLeft()).isEqualTo(1);
        assertThat(deadline.state()).isEqualTo(State.OPEN);
        assertThat(deadline.isLate(deadline.today())).isFalse();
    }

    @Test
    void on_10_december_it_is_due_today_and_sending_until_midnight_is_on_time() {
        var deadline = on(2026, 12, 10, 23);
        assertThat(deadline.daysLeft()).isZero();
        assertThat(deadline.state()).isEqualTo(State.DUE_TODAY);
        assertThat(deadline.isLate(deadline.today())).isFalse();
    }

    @Test
    void on_11_december_it_is_one_day_overdue_and_a_report_sent_then_is_late() {
        var deadline = on(2026, 12, 11, 0);
        assertThat(deadline.daysLeft()).isEqualTo(-1);
        assertThat(deadline.daysOverdue()).isEqualTo(1);
        assertThat(deadline.state()).isEqualTo(State.OVERDUE);
        assertThat(deadline.isLate(deadline.today())).isTrue();
        assertThat(deadline.remindersDue()).isTrue();
    }

    @Test
    void the_day_is_liaochengs_not_the_servers() {
        // 16:30 UTC on 10 December is 00:30 on 11 December in Liaocheng: already late.
        var clock = Clock.fixed(ZonedDateTime.of(2026, 12, 10, 16, 30, 0, 0, ZoneId.of("UTC")).toInstant(), LIAOCHENG);
        assertThat(new ReportDeadline(2026, LocalDate.now(clock)).state()).isEqualTo(State.OVERDUE);
    }

    @Test
    void after_the_year_changes_last_years_report_is_overdue_without_reminders_and_this_years_is_open() {
        var clock = Clock.fixed(ZonedDateTime.of(2027, 1, 2, 9, 0, 0, 0, LIAOCHENG).toInstant(), LIAOCHENG);
        var today = LocalDate.now(clock);
        var last = new ReportDeadline(2026, today);
        assertThat(last.daysOverdue()).isEqualTo(23);
        assertThat(last.remindersDue()).isFalse();
        var current = new ReportDeadline(2027, today);
        assertThat(current.deadline()).isEqualTo(LocalDate.of(2027, 12, 10));
        assertThat(current.state()).isEqualTo(State.OPEN);
        assertThat(current.daysLeft()).isEqualTo(342);
        assertThat(current.remindersDue()).isFalse();
    }
}
