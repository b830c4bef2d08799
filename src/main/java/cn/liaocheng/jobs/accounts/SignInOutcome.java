package cn.liaocheng.jobs.accounts;

import java.time.Instant;

/** What happened when someone tried to sign in; switch over it to choose the message. */
public sealed interface SignInOutcome {

    record SignedIn(PortalUser user) implements SignInOutcome {}

    /**
     * Wrong phone number or password. Which of the two is not said, so that the form does not tell strangers who has
     * an account.
     */
    record Refused() implements SignInOutcome {}

    /**
     * Too many wrong passwords: no attempt is checked before {@code retryAt}. {@code locked} is true for the long
     * wait after many failures, false for the short pauses before it.
     */
    record TooSoon(Instant retryAt, boolean locked) implements SignInOutcome {}
}
