/**
 * The annual report (年度落实情况报告) each county sends the city's disability working committee by 10 December: the
 * portal's figures as of a date, and the county's 工作成效、经验做法、存在问题, drafted, submitted as immutable versions,
 * read and sent back by the city, and assembled into the city's report.
 */
@NullMarked
package cn.liaocheng.jobs.annualreport;

import org.jspecify.annotations.NullMarked;
