package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.StatusChange;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.profile.ApplicantFacts;
import cn.liaocheng.jobs.recommendations.Recommendations;
import cn.liaocheng.jobs.recommendations.Recommendations;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An application as staff see it: the queue's row, the answers and form, the status history, the person's profile
 * facts (numbers masked), the 操作记录 and the outcome once 办结; for a 职业能力评估, what it found and the offers that fit (为您推荐).
 *
 * @param facts           null when the person's profile is gone (the application kept as the record)
 * @param assessment      the offer is a 职业能力评估: its 办结 records the findings
 * @param recommendations what the assessment found and the offers that fit, once recorded
 */
public record StaffApplication(ReviewCase reviewCase, ApplicationDetails details, List<StatusChange> history,
        @Nullable ApplicantFacts facts, List<AuditEntry> auditTrail, @Nullable Outcome outcome, boolean assessment,
        @Nullable Recommendations recommendations) {

    public StaffApplication {
        history = List.copyOf(history);
        auditTrail = List.copyOf(auditTrail);
    }
}
