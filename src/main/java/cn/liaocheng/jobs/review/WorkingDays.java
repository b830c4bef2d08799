package cn.liaocheng.jobs.review;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days between two days, for the confirmation page's promise "7 个工作日内联系您". Monday to Friday only: the
 * State Council's yearly holiday and make-up-day calendar is not known to the portal yet, so around 春节 and 国庆 the
 * count runs a little high, which errs on the side of highlighting.
 */
public final class WorkingDays {

    /** The promise on the confirmation page. */
    public static final int PROMISED = 7;

    private WorkingDays() {
    }

    /** Working days after {@code from} up to and including {@code to}; 0 on the same day. */
    public static int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
