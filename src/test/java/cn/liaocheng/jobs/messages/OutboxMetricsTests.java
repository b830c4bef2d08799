package cn.liaocheng.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The outbox figures the monitoring scrapes, read from the real table (other tests' messages are in it too). */
@SpringBootTest
class OutboxMetricsTests {

    @Autowired OutgoingMessageStore outbox;
    @Autowired Clock clock;

    private final AtomicLong ticker = new AtomicLong();

    private long queue(Channel channel, Duration ago) {
        var text = new MessageTexts.Text("messages.test", List.of(), Locale.SIMPLIFIED_CHINESE, "测试消息");
        return outbox.queue(990_001L, null, List.of(), channel, text, clock.instant().minus(ago));
    }

    @Test
    void queued_sent_and_failed_messages_are_counted_per_channel_and_read_again_only_when_no_longer_fresh() {
        var metrics = new OutboxMetrics(outbox, clock, ticker::get);
        var queuedBefore = metrics.count(Status.QUEUED, Channel.SMS);
        var sentBefore = metrics.count(Status.SENT, Channel.SMS);

        var sent = queue(Channel.SMS, Duration.ZERO);
        queue(Channel.SMS, Duration.ZERO);
        outbox.markSent(sent, clock.instant());

        assertThat(metrics.count(Status.QUEUED, Channel.SMS)).as("still the figures of a moment ago").isEqualTo(queuedBefore);
        ticker.addAndGet(OutboxMetrics.FRESH_FOR.toNanos());
        assertThat(metrics.count(Status.QUEUED, Channel.SMS)).isEqualTo(queuedBefore + 1);
        assertThat(metrics.count(Status.SENT, Channel.SMS)).isEqualTo(sentBefore + 1);
    }

    @Test
    void the_age_of_the_oldest_queued_message_is_told_per_channel() {
        queue(Channel.PHONE_CALL, Duration.ofDays(3));

        var metrics = new OutboxMetrics(outbox, clock, ticker::get);

        assertThat(metrics.oldestQueuedAgeSeconds(Channel.PHONE_CALL))
                .isGreaterThanOrEqualTo(Duration.ofDays(3).toSeconds());
        assertThat(metrics.oldestQueuedAgeSeconds(Channel.SMS)).isLessThan(Duration.ofDays(3).toSeconds());
    }
}
