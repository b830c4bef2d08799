package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.StatusChange;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.profile.ApplicantFacts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application as staff see it: the queue's row, the answers and form, the status history, the person's profile
 * facts (numbers masked), the 操作记录 and the outcome once 办结.
 *
 * @param facts null when the person's profile is gone (the application kept as the record)
 */
public record StaffApplication(ReviewCase reviewCase, ApplicationDetails details, List<StatusChange> history,
        @Nullable ApplicantFacts facts, List<AuditEntry> auditTrail, @Nullable Outcome outcome) {

    public StaffApplication {
        history = List.copyOf(history);
        auditTrail = List.copyOf(auditTrail);
    }
}
