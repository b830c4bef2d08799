package cn.liaocheng.jobs.profile;

import java.util.List;

/** What {@link HelpingService#confirmInPerson} did. */
public sealed interface InPersonOutcome {

    /** Recorded: the helper may now submit, and sees the person's record as after a code consent. */
    record Confirmed() implements InPersonOutcome {}

    /** No pending request under this id that the staff member may see (another county, withdrawn, already agreed). */
    record NotFound() implements InPersonOutcome {}

    /** Nothing recorded; each problem belongs to the date or the place. */
    record Invalid(List<Problem> problems) implements InPersonOutcome {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    enum Problem {
        DATE_MISSING, DATE_IN_FUTURE, DATE_BEFORE_REQUEST, PLACE_MISSING, PLACE_TOO_LONG;

        public String messageKey() {
            return "consent.in-person.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public boolean aboutDate() {
            return this == DATE_MISSING || this == DATE_IN_FUTURE || this == DATE_BEFORE_REQUEST;
        }
    }
}
