package cn.liaocheng.jobs.shared;

import java.time.YearMonth;

/**
 * One cell of an aggregate count: how many (or how much) in one county in one month. The capabilities that own a
 * table answer the plan's counts in this shape, so that {@code monitoring} adds them up without reading their tables.
 */
public record CountyMonthCount(County county, YearMonth month, long value) {}
