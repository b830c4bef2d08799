package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For the default run and tests only: writes each message to the server log (number masked) and keeps the last few,
 * instead of sending anything, and reports it sent. Switched on by {@code portal.messages.log=true}, which only the
 * {@code sample} profile and the tests set; the packaged jar never has it.
 */
@Component
@ConditionalOnProperty(name = "portal.messages.log", havingValue = "true")
public class LoggingMessageChannel implements MessageChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingMessageChannel.class);
    private static final int KEPT = 50;

    /** A message as it would have gone out. */
    public record Sent(PhoneNumber to, String text, Locale language, Delivery delivery, Instant sentAt) {}

    private final Deque<Sent> recent = new ArrayDeque<>();
    private final Clock clock;

    LoggingMessageChannel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Result send(PhoneNumber to, Outgoing message, Delivery delivery) {
        // Development only: the text may hold what staff typed, which is why production never logs it.
        log.info("Development message to {} ({}): {}", to, delivery, message.text());
        synchronized (recent) {
            recent.addFirst(new Sent(to, message.text(), message.language(), delivery, clock.instant()));
            while (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
        return new Result.Sent(null, null);
    }

    /** Newest first. */
    public List<Sent> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Everything "sent" to {@code to}, newest first, for tests that play the person reading their phone. */
    public List<Sent> sentTo(PhoneNumber to) {
        return recent().stream().filter(sent -> sent.to().equals(to)).toList();
    }
}
