package cn.liaocheng.jobs.annualreport;

import java.time.Instant;
import java.util.List;

/** What came of saving, submitting or asking for changes. Nothing is changed unless the outcome is a success. */
public sealed interface ReportOutcome {

    /** The draft is saved; {@code version} is the one to save against next. */
    record Saved(int version, Instant savedAt) implements ReportOutcome {}

    /** Version {@code number} is with the city; {@code late} when sent after 10 December. */
    record Submitted(int number, boolean late) implements ReportOutcome {}

    /** The city's 请修改 is recorded and the county told. */
    record ChangesRequested() implements ReportOutcome {}

    /** Someone else saved or submitted since the page was read: nothing was changed, the page should be read again. */
    record Conflict() implements ReportOutcome {}

    /** Already submitted (or, for 请修改, not submitted): this action does not apply now. */
    record NotApplicable() implements ReportOutcome {}

    /** Something is missing or too long. */
    record Invalid(List<Problem> problems) implements ReportOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** One problem, by field ({@link ReportSection} name, or {@code message}) and the message key saying what to do. */
    record Problem(String field, String messageKey) {}
}
