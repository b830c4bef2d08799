package cn.liaocheng.jobs.personaldata;

/** What came of asking to delete the signed-in account. */
public sealed interface AccountDeletionOutcome {

    /** Deleted, in one transaction; the caller ends the session. */
    record Deleted() implements AccountDeletionOutcome {}

    /** Nobody, or no applicant, is signed in: nothing was deleted. */
    record NotSignedIn() implements AccountDeletionOutcome {}

    /** Something changed at the same moment (a helper saving a draft, another tab); nothing was deleted. */
    record TryAgain() implements AccountDeletionOutcome {}
}
