package cn.liaocheng.jobs.quota;

/** The answer to a staff decision (a unit confirmed or refused, reserved posts approved or refused). */
public sealed interface DecisionOutcome {
    record Done() implements DecisionOutcome {}

    /** Someone else decided or changed it since the page was read. */
    record Conflict() implements DecisionOutcome {}

    /** Not there, or not in the staff member's county: the same answer, so that nothing is learnt from it. */
    record NotFound() implements DecisionOutcome {}

    /** The account can no longer become an employer's (it is not an applicant's any more). */
    record AccountUnavailable() implements DecisionOutcome {}
}
