/**
 * 为您推荐: from a person's 职业能力评估 to the open catalogue offers that fit it, each with the reasons the rules found
 * (decision 0031): the findings staff record at 办结 (review calls {@link cn.liaocheng.jobs.recommendations.RecommendationService#record}),
 * the explainable matching, and the list the person, their consented helpers and the county's staff see.
 */
@NullMarked
package cn.liaocheng.jobs.recommendations;

import org.jspecify.annotations.NullMarked;
