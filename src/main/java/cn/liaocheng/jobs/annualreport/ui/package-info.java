/** The annual report's pages: the overview of a year's reports, one county's report, and the city's report. */
@NullMarked
package cn.liaocheng.jobs.annualreport.ui;

import org.jspecify.annotations.NullMarked;
