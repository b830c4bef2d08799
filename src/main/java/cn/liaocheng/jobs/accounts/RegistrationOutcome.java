package cn.liaocheng.jobs.accounts;

import java.time.Instant;

/** What happened when someone tried to create an account; switch over it to choose the message. */
public sealed interface RegistrationOutcome {

    record Registered(PortalUser user) implements RegistrationOutcome {}

    /**
     * The number already has an account. Said only after a right code (another tab registered first), so that it
     * tells nothing to someone who does not hold the phone; the form offers sign-in and password reset.
     */
    record PhoneTaken() implements RegistrationOutcome {}

    record PasswordRefused(PasswordPolicy.Reason reason) implements RegistrationOutcome {}

    record NameRefused(DisplayName.Reason reason) implements RegistrationOutcome {}

    /** The verification code sent to the phone did not check out. */
    record CodeRefused(VerificationCodes.CheckOutcome outcome) implements RegistrationOutcome {}

    /**
     * So many wrong codes for this number, from this address or on the whole portal, that no code is checked
     * before {@code retryAt}.
     */
    record TryLater(Instant retryAt) implements RegistrationOutcome {}
}
