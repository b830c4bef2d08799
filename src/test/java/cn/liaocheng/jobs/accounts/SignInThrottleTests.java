package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final Instant now = Instant.parse("2026-11-28T02:00:00Z");

    @Test
    void two_slips_cost_nothing() {
        assertThat(SignInThrottle.nextAttemptAfter(1, now)).isNull();
        assertThat(SignInThrottle.nextAttemptAfter(2, now)).isNull();
    }

    @Test
    void the_pause_doubles_from_the_third_failure() {
        assertThat(SignInThrottle.nextAttemptAfter(3, now)).isEqualTo(now.plusSeconds(30));
        assertThat(SignInThrottle.nextAttemptAfter(4, now)).isEqualTo(now.plusSeconds(60));
        assertThat(SignInThrottle.nextAttemptAfter(5, now)).isEqualTo(now.plusSeconds(120));
        assertThat(SignInThrottle.isLock(5)).isFalse();
    }

    @Test
    void the_sixth_failure_and_every_one_after_locks_for_fifteen_minutes() {
        assertThat(SignInThrottle.nextAttemptAfter(6, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(SignInThrottle.nextAttemptAfter(40, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(SignInThrottle.isLock(6)).isTrue();
    }
}
