package cn.liaocheng.jobs.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail, as it was written. {@code actorName} and {@code actorRole} are as they were at the time
 * (the role by name, so that a renamed role still reads); {@code clientAddress} is an IP address or {@code internal}.
 */
public record AuditEntry(long id, Instant occurredAt, long actorAccountId, String actorName, String actorRole,
        AuditedAction action, @Nullable Long applicationId, @Nullable Long personId, String detail,
        String clientAddress) {
}
