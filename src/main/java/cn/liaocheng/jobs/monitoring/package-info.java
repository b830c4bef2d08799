/**
 * 监测: progress against the city's 2023 action plan — its figures for the whole city and each county, counted from
 * the capabilities that own the records (review's outcomes, the bank's referrals, the catalogue), against the plan's
 * targets, on a staff page and on the public 计划进展 page (decision 0019).
 */
@NullMarked
package cn.liaocheng.jobs.monitoring;

import org.jspecify.annotations.NullMarked;
