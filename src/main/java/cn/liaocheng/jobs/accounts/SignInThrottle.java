package cn.liaocheng.jobs.accounts;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How long someone waits after wrong passwords. Two slips cost nothing (people with tremor or a screen reader mistype);
 * from the third, a pause that doubles (30 s, 1 min, 2 min); from the sixth the account is locked for 15 minutes.
 * Guessing is slowed to a few dozen tries a day per account without any image puzzle, which WCAG 3.3.8 rules out.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 2;
    static final int LOCK_AFTER = 6;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LOCK = Duration.ofMinutes(15);

    private SignInThrottle() {}

    /** When the next attempt may be checked after {@code failures} wrong passwords in a row; null for right away. */
    static @Nullable Instant nextAttemptAfter(int failures, Instant now) {
        if (failures <= FREE_FAILURES) {
            return null;
        }
        if (failures >= LOCK_AFTER) {
            return now.plus(LOCK);
        }
        return now.plus(FIRST_PAUSE.multipliedBy(1L << (failures - FREE_FAILURES - 1)));
    }

    static boolean isLock(int failures) {
        return failures >= LOCK_AFTER;
    }
}
