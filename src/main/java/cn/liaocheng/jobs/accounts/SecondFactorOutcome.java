package cn.liaocheng.jobs.accounts;

import java.time.Instant;

/** What happened when a staff member typed the code of the second sign-in step. */
public sealed interface SecondFactorOutcome {

    record SignedIn(PortalUser user) implements SecondFactorOutcome {}

    record CodeRefused(VerificationCodes.CheckOutcome outcome) implements SecondFactorOutcome {}

    /** So many wrong codes for this number, from this address or on the whole portal, that none is checked now. */
    record TryLater(Instant retryAt) implements SecondFactorOutcome {}

    /** The password step is too long ago, or the account was switched off meanwhile: sign in from the start. */
    record StartAgain() implements SecondFactorOutcome {}
}
