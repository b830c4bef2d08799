package cn.liaocheng.jobs.applications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an application's history: the timeline shown to the applicant and the audit trail for staff. An
 * entry with a {@code step} is something a partner did while the status stayed as it was (the bank 已受理 an approved
 * referral): then {@code from} and {@code to} are both that status.
 */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, @Nullable String reason, long changedBy,
        Instant changedAt, @Nullable PartnerStep step) {

    /** The i18n key of what happened: the partner's step if there was one, else the new status. */
    public String messageKey() {
        return step == null ? to.messageKey() : step.messageKey();
    }
}
