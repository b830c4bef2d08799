package cn.liaocheng.jobs.review;

import java.util.List;

/** What happened when a staff member pressed one of the action buttons. */
public sealed interface ReviewOutcome {

    /** Done; {@code now} is the application's new state. */
    record Done(ReviewCase now) implements ReviewOutcome {}

    /**
     * Someone else acted on it since the page was shown (or it has moved to where this action no longer applies):
     * nothing was changed; {@code now} is the state to show.
     */
    record Conflict(ReviewCase now) implements ReviewOutcome {}

    /** Something required is missing or wrong; nothing was changed. */
    record Invalid(List<Problem> problems) implements ReviewOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** One problem, by the field it belongs to and the message key saying what to do. */
    record Problem(String field, String messageKey) {}
}
