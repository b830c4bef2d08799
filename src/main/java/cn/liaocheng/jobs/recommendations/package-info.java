/**
 * 为您推荐: from a person's 职业能力评估 to the open catalogue offers that fit it, each with the reasons the rules found
 * (decision 0031). So far the matching rules only: recording the assessment and the pages are not built yet.
 */
@NullMarked
package cn.liaocheng.jobs.recommendations;

import org.jspecify.annotations.NullMarked;
