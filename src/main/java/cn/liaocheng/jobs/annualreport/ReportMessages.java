package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.messages.MessageService;
import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.shared.County;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMS to county administrators through the messages capability's outbox: a reminder a day from 1 December until
 * their county's report is submitted, and a note when the city asks for changes.
 *
 * <p>The job runs every hour of the working day, not once, so that a restart or a second instance changes nothing: a
 * reminder is keyed by county, year, day and administrator ({@code annualreport_reminder}), and only the insert that
 * records it queues the message, in the same transaction.
 */
@Component
class ReportMessages {

    private static final Logger log = LoggerFactory.getLogger(ReportMessages.class);

    private final ReportStore store;
    private final StaffAccounts staffAccounts;
    private final MessageService messages;
    private final Translations translations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReportMessages(ReportStore store, StaffAccounts staffAccounts, MessageService messages, Translations translations,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.staffAccounts = staffAccounts;
        this.messages = messages;
        this.translations = translations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 0 8-18 * * *", zone = "Asia/Shanghai")
    void remindToday() {
        int queued = remind(LocalDate.now(clock));
        if (queued > 0) {
            log.info("Annual report reminders queued: {}", queued);
        }
    }

    /** Queues today's reminders that were not queued yet; returns how many. One transaction per county. */
    int remind(LocalDate today) {
        var deadline = new ReportDeadline(today.getYear(), today);
        if (!deadline.remindersDue()) {
            return 0;
        }
        int queued = 0;
        for (var county : AnnualReportService.reportingCounties()) {
            Integer n = transactions.execute(status -> remind(county, deadline));
            queued += n == null ? 0 : n;
        }
        return queued;
    }

    private int remind(County county, ReportDeadline deadline) {
        var submitted = store.find(county, deadline.year()).map(d -> d.status() == ReportStatus.SUBMITTED)
                .orElse(false);
        if (submitted) {
            return 0;
        }
        var key = switch (deadline.state()) {
            case OPEN -> "message.annualreport.reminder";
            case DUE_TODAY -> "message.annualreport.reminder.today";
            case OVERDUE -> "message.annualreport.reminder.overdue";
        };
        var days = String.valueOf(deadline.state() == ReportDeadline.State.OVERDUE ? deadline.daysOverdue()
                : deadline.daysLeft());
        int queued = 0;
        for (long accountId : staffAccounts.activeCountyAdministrators(county)) {
            if (store.recordReminder(county, deadline.year(), deadline.today(), accountId, clock.instant())) {
                messages.queueForStaff(accountId, key, name(county), String.valueOf(deadline.year()), days);
                queued++;
            }
        }
        return queued;
    }

    /** In the caller's transaction: the county's administrators learn that the city sent the report back. */
    void tellChangesRequested(County county, int year) {
        for (long accountId : staffAccounts.activeCountyAdministrators(county)) {
            messages.queueForStaff(accountId, "message.annualreport.changes-requested", name(county),
                    String.valueOf(year));
        }
    }

    private String name(County county) {
        return translations.render(county.messageKey(), Locale.SIMPLIFIED_CHINESE);
    }
}
