package cn.liaocheng.jobs.quota;

import java.util.List;

/** The answer to a request to represent a unit. */
public sealed interface RequestOutcome {
    record Requested(long unitId) implements RequestOutcome {}

    record Invalid(List<Problem> problems) implements RequestOutcome {}

    /** The account has an open request or already represents a unit. */
    record AlreadyRequested() implements RequestOutcome {}

    /**
     * The account holds an applicant's own data (a profile, people it helps): an employer account sees no applicant
     * pages, so it would lose them. Decision 0020.
     */
    record HoldsApplicantData() implements RequestOutcome {}
}
