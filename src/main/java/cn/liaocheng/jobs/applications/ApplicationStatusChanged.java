package cn.liaocheng.jobs.applications;

import org.jspecify.annotations.Nullable;

/**
 * Published after staff move an application on (and when the applicant answers 需补充材料), inside the transaction of
 * the change: messages to the person and monitoring react to it. {@code reference} is the number the person knows
 * the application by (LC-2026-000123).
 */
public record ApplicationStatusChanged(long applicationId, long personId, ApplicationStatus from, ApplicationStatus to,
        @Nullable String reason, String reference) {
}
