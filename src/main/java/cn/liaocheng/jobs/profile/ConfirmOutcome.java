package cn.liaocheng.jobs.profile;

/** What happened when a helper typed the code the person read out. */
public sealed interface ConfirmOutcome {

    record Confirmed() implements ConfirmOutcome {}

    record Wrong(int attemptsLeft) implements ConfirmOutcome {}

    /** Expired, used up or tried too often: send a new one. */
    record NeedsNewCode() implements ConfirmOutcome {}

    record NotFound() implements ConfirmOutcome {}
}
