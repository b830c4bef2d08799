package cn.liaocheng.jobs.accounts;

import java.time.Instant;

/** What happened when someone forgot their password and chose a new one with a code sent to their phone. */
public sealed interface PasswordResetOutcome {

    /** The new password is set and any sign-in pause or lock is lifted; the person may be signed in right away. */
    record PasswordReset(PortalUser user) implements PasswordResetOutcome {}

    record PasswordRefused(PasswordPolicy.Reason reason) implements PasswordResetOutcome {}

    record CodeRefused(VerificationCodes.CheckOutcome outcome) implements PasswordResetOutcome {}

    /**
     * So many wrong codes for this number, from this address or on the whole portal, that no code is checked
     * before {@code retryAt}.
     */
    record TryLater(Instant retryAt) implements PasswordResetOutcome {}
}
