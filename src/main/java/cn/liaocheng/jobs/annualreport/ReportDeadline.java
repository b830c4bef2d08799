package cn.liaocheng.jobs.annualreport;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * The 12月10日 deadline of one year's report, seen on one day (Liaocheng's date). A report for year Y is due on
 * 10 December of Y; sent on that day it is on time, from 11 December it is accepted but marked late (逾期提交): the
 * plan sets a date, not a lock, and a late report is still better than none.
 */
public record ReportDeadline(int year, LocalDate today) {

    public static final MonthDay DUE = MonthDay.of(12, 10);
    /** Reminders start on 1 December. */
    public static final MonthDay REMINDERS_FROM = MonthDay.of(12, 1);

    public enum State {
        /** Before the day: {@link #daysLeft()} is 1 or more. */
        OPEN,
        /** Today is 10 December. */
        DUE_TODAY,
        /** After the day: {@link #daysOverdue()} is 1 or more. */
        OVERDUE
    }

    public LocalDate deadline() {
        return DUE.atYear(year);
    }

    /** Whole days from today to the deadline; 0 on the day, negative once it has passed. */
    public long daysLeft() {
        return ChronoUnit.DAYS.between(today, deadline());
    }

    public long daysOverdue() {
        return Math.max(0, -daysLeft());
    }

    public State state() {
        long left = daysLeft();
        return left > 0 ? State.OPEN : left == 0 ? State.DUE_TODAY : State.OVERDUE;
    }

    /** A report sent on {@code day} is late when that day is after the deadline. */
    public boolean isLate(LocalDate day) {
        return day.isAfter(deadline());
    }

    /**
     * Whether an unsubmitted report of this year gets a reminder today: from 1 December to 31 December of its year.
     * In January the city follows up itself; an SMS a day for weeks helps nobody.
     */
    public boolean remindersDue() {
        return today.getYear() == year && !today.isBefore(REMINDERS_FROM.atYear(year));
    }
}
