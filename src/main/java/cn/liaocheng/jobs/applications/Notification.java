package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app message to an account: an application it can see changed status, or a partner took a step on it. */
public record Notification(long id, long applicationId, @Nullable String reference, LocalizedText offerTitle,
        ApplicationStatus status, Instant createdAt, boolean read, @Nullable PartnerStep step) {

    /** The i18n key of what happened: the partner's step if there was one, else the new status. */
    public String messageKey() {
        return step == null ? status.messageKey() : step.messageKey();
    }
}
