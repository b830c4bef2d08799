package cn.liaocheng.jobs.accounts;

import java.time.Instant;

/** What happened when someone tried to sign in; switch over it to choose the message. */
public sealed interface SignInOutcome {

    record SignedIn(PortalUser user) implements SignInOutcome {}

    /**
     * The right password of a staff account: nobody is signed in yet. A code sent to the phone comes next
     * ({@link StaffSignIn#sendSignInCode}, {@link StaffSignIn#confirmSignIn}).
     */
    record SecondFactorNeeded(PendingSignIn pending) implements SignInOutcome {}

    /**
     * Wrong phone number or password. Which of the two is not said, so that the form does not tell strangers who has
     * an account.
     */
    record Refused() implements SignInOutcome {}

    /**
     * Too many wrong passwords for this number: no attempt is checked before {@code retryAt}. {@code locked} is true
     * for the long wait after many failures, false for the short pauses before it.
     */
    record TooSoon(Instant retryAt, boolean locked) implements SignInOutcome {}

    /**
     * Too many wrong passwords from the person's network (anyone sharing its address), or on the whole portal at
     * once: nothing is checked before {@code retryAt}. A new password with a code still works.
     */
    record Busy(Instant retryAt) implements SignInOutcome {}
}
