package cn.liaocheng.jobs.monitoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What came of entering a county's employment-rate denominator. */
public sealed interface BaseOutcome {

    record Saved(EmploymentBase now) implements BaseOutcome {}

    /** Someone else saved first; nothing was changed; {@code now} is what they saved. */
    record Conflict(@Nullable EmploymentBase now) implements BaseOutcome {}

    /** A field is missing or wrong: by field name and the message key saying what to do. */
    record Invalid(List<Problem> problems) implements BaseOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    record Problem(String field, String messageKey) {}
}
