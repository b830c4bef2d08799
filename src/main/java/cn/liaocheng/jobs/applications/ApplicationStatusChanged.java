package cn.liaocheng.jobs.applications;

import org.jspecify.annotations.Nullable;

/** Published after staff move an application on, for SMS / phone notices and monitoring to come. */
public record ApplicationStatusChanged(long applicationId, long personId, ApplicationStatus from, ApplicationStatus to,
        @Nullable String reason) {
}
