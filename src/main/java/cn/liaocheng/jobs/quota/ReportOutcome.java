package cn.liaocheng.jobs.quota;

import java.util.List;

/** The answer to saving or submitting a yearly report. */
public sealed interface ReportOutcome {
    /** Saved (as a draft, or submitted); {@code version} is the one to send with the next save. */
    record Saved(QuotaReport report) implements ReportOutcome {}

    record Invalid(List<Problem> problems) implements ReportOutcome {}

    /** Changed in another tab or by another person since the page was read. */
    record Conflict() implements ReportOutcome {}
}
