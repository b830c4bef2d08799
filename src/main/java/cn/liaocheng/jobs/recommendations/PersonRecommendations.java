package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.profile.PersonSummary;
import org.jspecify.annotations.Nullable;

/**
 * 为您推荐 as a person or their consented helper sees it.
 *
 * @param recommendations null until an assessment is recorded: the page then explains the assessment
 */
public record PersonRecommendations(PersonSummary person, @Nullable Recommendations recommendations) {}
