package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The outbox as the city's monitoring sees it: how many messages are queued, sent and failed, per channel, and how
 * long the oldest queued one has waited. The outbox is shared by every instance, so every instance reports the same
 * figures (take the maximum, not the sum). IN_PERSON messages wait for the township office by design; alert on the
 * age of SMS and PHONE_CALL only.
 *
 * <p>The figures are read with two grouped queries at most once per {@link #FRESH_FOR}, however many gauges a scrape
 * reads. While the database is gone the gauges answer NaN instead of holding the scrape for the pool's timeout.
 */
@Component
class OutboxMetrics implements MeterBinder {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final OutgoingMessageStore outbox;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private @Nullable Snapshot snapshot;

    @Autowired
    OutboxMetrics(OutgoingMessageStore outbox, Clock clock) {
        this(outbox, clock, System::nanoTime);
    }

    /** With a ticker of its own, so that a test need not wait for the figures to be read again. */
    OutboxMetrics(OutgoingMessageStore outbox, Clock clock, LongSupplier nanoTime) {
        this.outbox = outbox;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** The figures as read at {@code readAt} (nanoTime); null maps when the database did not answer. */
    private record Snapshot(long readAt, @Nullable Map<String, Long> counts, @Nullable Map<Channel, Instant> oldest) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (var status : Status.values()) {
            for (var channel : Channel.values()) {
                Gauge.builder("portal.messages.outbox", this, metrics -> metrics.count(status, channel))
                        .description("Messages in the outbox, by status and channel")
                        .tag("status", status.name()).tag("channel", channel.name())
                        .register(registry);
            }
        }
        for (var channel : Channel.values()) {
            TimeGauge.builder("portal.messages.outbox.oldest.queued", this, TimeUnit.SECONDS,
                            metrics -> metrics.oldestQueuedAgeSeconds(channel))
                    .description("How long the oldest queued message has waited (0 when none waits)")
                    .tag("channel", channel.name())
                    .register(registry);
        }
    }

    double count(Status status, Channel channel) {
        var counts = current().counts();
        return counts == null ? Double.NaN : counts.getOrDefault(OutgoingMessageStore.countKey(status, channel), 0L);
    }

    double oldestQueuedAgeSeconds(Channel channel) {
        var oldest = current().oldest();
        if (oldest == null) {
            return Double.NaN;
        }
        var queuedAt = oldest.get(channel);
        return queuedAt == null ? 0 : Math.max(0, Duration.between(queuedAt, clock.instant()).toMillis() / 1000.0);
    }

    private synchronized Snapshot current() {
        var now = nanoTime.getAsLong();
        if (snapshot != null && now - snapshot.readAt() < FRESH_FOR.toNanos()) {
            return snapshot;
        }
        try {
            snapshot = new Snapshot(now, outbox.countsByStatusAndChannel(), outbox.oldestQueuedByChannel());
        } catch (RuntimeException e) {
            log.debug("Outbox figures not read: {}", e.getClass().getName());
            snapshot = new Snapshot(now, null, null);
        }
        return snapshot;
    }
}
