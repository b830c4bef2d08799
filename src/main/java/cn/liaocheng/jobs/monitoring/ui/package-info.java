/** The 计划进展 pages: public and staff figures as bars with captions, text summaries, tables and CSV downloads. */
@NullMarked
package cn.liaocheng.jobs.monitoring.ui;

import org.jspecify.annotations.NullMarked;
