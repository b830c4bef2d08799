package cn.liaocheng.jobs.applications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an application's history: the timeline shown to the applicant and the audit trail for staff. */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, @Nullable String reason, long changedBy,
        Instant changedAt) {
}
