package cn.liaocheng.jobs.profile;

import java.time.Instant;

/** What happened when a helper typed the code the person read out. */
public sealed interface ConfirmOutcome {

    record Confirmed() implements ConfirmOutcome {}

    record Wrong(int attemptsLeft) implements ConfirmOutcome {}

    /** Expired, used up or tried too often: send a new one. */
    record NeedsNewCode() implements ConfirmOutcome {}

    /** Codes were tried so often (for this number, from this network or on the portal) that none is checked until then. */
    record TryLater(Instant retryAt) implements ConfirmOutcome {}

    record NotFound() implements ConfirmOutcome {}
}
