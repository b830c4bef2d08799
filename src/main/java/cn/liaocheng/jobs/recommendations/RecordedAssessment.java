package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;

/**
 * A 职业能力评估 as staff recorded it at 办结: whose it is, from which application, the county it was reviewed in (the
 * person's county), and what it found.
 */
public record RecordedAssessment(long applicationId, long personId, County county, Findings findings,
        Instant recordedAt) {}
