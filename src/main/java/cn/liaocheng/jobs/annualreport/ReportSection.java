package cn.liaocheng.jobs.annualreport;

import java.util.Locale;

/** The three parts the action plan asks every county to report, in its order. */
public enum ReportSection {
    /** 工作成效 */
    ACHIEVEMENTS,
    /** 经验做法 */
    PRACTICES,
    /** 存在问题 */
    PROBLEMS;

    /** Longest text of one section; a report of a few pages, not a book. */
    public static final int MAX_LENGTH = 5000;

    /** e.g. {@code annualreport.section.achievements}; with {@code .hint} the question it answers. */
    public String messageKey() {
        return "annualreport.section." + name().toLowerCase(Locale.ROOT);
    }
}
