package cn.liaocheng.jobs.accounts;

import java.time.Instant;

/** What happened when a signed-in person changed their password on 我的账户. */
public sealed interface PasswordChangeOutcome {

    record Changed() implements PasswordChangeOutcome {}

    /** The current password was wrong; it counts towards the same slow-down as signing in. */
    record WrongPassword() implements PasswordChangeOutcome {}

    /** Too many wrong passwords (here or at sign-in): nothing is checked before {@code retryAt}. */
    record TooSoon(Instant retryAt, boolean locked) implements PasswordChangeOutcome {}

    record PasswordRefused(PasswordPolicy.Reason reason) implements PasswordChangeOutcome {}
}
