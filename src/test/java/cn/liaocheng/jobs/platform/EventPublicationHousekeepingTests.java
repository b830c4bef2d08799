package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;

/** A failed publication is tried again after a minute, then two, four … and never more than an hour apart. */
class EventPublicationHousekeepingTests {

    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofHours(1);
    private static final Instant PUBLISHED = Instant.parse("2026-12-01T02:00:00Z");

    private record Publication(int attempts, @Nullable Instant lastResubmission) implements EventPublication {
        @Override public UUID getIdentifier() { return UUID.randomUUID(); }
        @Override public Object getEvent() { return "event"; }
        @Override public Instant getPublicationDate() { return PUBLISHED; }
        @Override public Optional<Instant> getCompletionDate() { return Optional.empty(); }
        @Override public Status getStatus() { return Status.FAILED; }
        @Override public @Nullable Instant getLastResubmissionDate() { return lastResubmission; }
        @Override public int getCompletionAttempts() { return attempts; }
    }

    private static boolean due(int attempts, @Nullable Instant lastTry, Duration later) {
        var from = lastTry == null ? PUBLISHED : lastTry;
        return EventPublicationHousekeeping.isDue(new Publication(attempts, lastTry), from.plus(later), FIRST, MAX);
    }

    @Test
    void the_first_retry_waits_a_minute_from_the_publication() {
        assertThat(due(0, null, Duration.ofSeconds(59))).isFalse();
        assertThat(due(0, null, Duration.ofMinutes(1))).isTrue();
        assertThat(due(1, null, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void each_further_retry_waits_twice_as_long_from_the_last_one_up_to_an_hour() {
        var last = PUBLISHED.plus(Duration.ofMinutes(3));
        assertThat(due(2, last, Duration.ofMinutes(1))).isFalse();
        assertThat(due(2, last, Duration.ofMinutes(2))).isTrue();
        assertThat(due(4, last, Duration.ofMinutes(7))).isFalse();
        assertThat(due(4, last, Duration.ofMinutes(8))).isTrue();
        assertThat(due(7, last, Duration.ofMinutes(59))).isFalse();
        assertThat(due(7, last, Duration.ofHours(1))).isTrue();
        assertThat(due(60, last, Duration.ofHours(1))).isTrue();
    }
}
