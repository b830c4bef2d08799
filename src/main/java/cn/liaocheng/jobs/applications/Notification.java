package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app message to an account: an application it can see changed status. */
public record Notification(long id, long applicationId, @Nullable String reference, LocalizedText offerTitle,
        ApplicationStatus status, Instant createdAt, boolean read) {
}
