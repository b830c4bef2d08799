package cn.liaocheng.jobs.messages;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often and how far apart a message is tried: {@code first-delay} after the first failed try, doubling each
 * time, never more than {@code max-delay} apart, at most {@code max-attempts} tries in all. The defaults (1 min, 1 h,
 * 8 tries) try for about two hours: long enough for a provider's outage, short enough that staff still follow up the
 * same day.
 */
@Component
class RetrySchedule {

    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;

    RetrySchedule(@Value("${portal.messages.retry.first-delay}") Duration firstDelay,
            @Value("${portal.messages.retry.max-delay}") Duration maxDelay,
            @Value("${portal.messages.retry.max-attempts}") int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("portal.messages.retry.max-attempts must be at least 1");
        }
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** The pause after {@code failedTries} failed tries (1 or more). */
    Duration pauseAfter(int failedTries) {
        var pause = firstDelay.multipliedBy(1L << Math.min(Math.max(failedTries, 1) - 1, 20));
        return pause.compareTo(maxDelay) > 0 ? maxDelay : pause;
    }
}
