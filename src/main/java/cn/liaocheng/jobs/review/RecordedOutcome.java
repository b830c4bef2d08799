package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;

/**
 * One 办结 outcome with the application it belongs to, for reports built on review (the national export): the person
 * by id only, the offer by slug and title as the application named it.
 *
 * @param recordedAt when 办结 was recorded: the day that decides the reporting period
 */
public record RecordedOutcome(long applicationId, String reference, long personId, County county, String offerSlug,
        String offerTitle, Outcome outcome, Instant recordedAt) {
}
