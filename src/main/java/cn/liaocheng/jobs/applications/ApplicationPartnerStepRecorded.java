package cn.liaocheng.jobs.applications;

import org.jspecify.annotations.Nullable;

/**
 * Published when a partner's step ({@link PartnerStep}) was written into an application's history, inside that
 * transaction: messages tell the person by their contact preference. {@code detail} is what the person is told
 * (amount and date, or the bank's reason).
 */
public record ApplicationPartnerStepRecorded(long applicationId, long personId, PartnerStep step,
        @Nullable String detail, String reference) {
}
