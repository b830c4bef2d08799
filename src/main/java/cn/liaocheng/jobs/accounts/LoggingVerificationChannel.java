package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For the default run and tests only: writes each code to the server log and keeps the last few for the
 * development page, instead of sending anything. Switched on by {@code portal.verification.show-codes=true}, which
 * only the {@code sample} profile and the tests set; the packaged jar never has it.
 */
@Component
@ConditionalOnProperty(name = "portal.verification.show-codes", havingValue = "true")
public class LoggingVerificationChannel implements VerificationChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingVerificationChannel.class);
    private static final int KEPT = 20;

    /**
     * A code, or a notice sent instead of one ({@code code} null), as the development page shows it, with the request
     * read before a code; the number is masked there too.
     */
    public record SentCode(PhoneNumber to, @Nullable String code, VerificationCodes.Purpose purpose, Delivery delivery,
            @Nullable String request, Instant sentAt, @Nullable Notice notice) {}

    private final Deque<SentCode> recent = new ArrayDeque<>();
    private final Clock clock;

    LoggingVerificationChannel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void send(PhoneNumber to, String code, VerificationCodes.Purpose purpose, Delivery delivery,
            @Nullable String request) {
        // Development only; PhoneNumber.toString() is masked, the code is what the developer needs to see. The
        // request names people, so it stays out of the log and is shown only on the development page.
        log.info("Development verification code for {} ({}, {}): {}", to, purpose, delivery, code);
        keep(new SentCode(to, code, purpose, delivery, request, clock.instant(), null));
    }

    @Override
    public void sendNotice(PhoneNumber to, Notice notice, Delivery delivery) {
        log.info("Development notice instead of a code for {} ({}): {}", to, delivery, notice);
        var purpose = switch (notice) {
            case ALREADY_REGISTERED -> VerificationCodes.Purpose.SIGN_UP;
            case NO_ACCOUNT, STAFF_ASK_ADMINISTRATOR -> VerificationCodes.Purpose.PASSWORD_RESET;
            case NOTHING_TO_SET_UP -> VerificationCodes.Purpose.PASSWORD_SETUP;
        };
        keep(new SentCode(to, null, purpose, delivery, null, clock.instant(), notice));
    }

    private void keep(SentCode sent) {
        synchronized (recent) {
            recent.addFirst(sent);
            while (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
    }

    /** Newest first. */
    public List<SentCode> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** The newest code sent to {@code to}, with its request, for tests that play the person reading their SMS. */
    public SentCode latestTo(PhoneNumber to) {
        return recent().stream().filter(sent -> sent.to().equals(to) && sent.code() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no code sent to " + to));
    }

    /** The newest code sent to {@code to}, for tests that play the person reading their SMS. */
    public String latestCodeFor(PhoneNumber to) {
        return recent().stream().filter(sent -> sent.to().equals(to) && sent.code() != null).findFirst()
                .map(SentCode::code).orElseThrow(() -> new IllegalStateException("no code sent to " + to));
    }

    /** The newest notice sent to {@code to} instead of a code, if any. */
    public Optional<Notice> latestNoticeFor(PhoneNumber to) {
        return recent().stream().filter(sent -> sent.to().equals(to) && sent.notice() != null).findFirst()
                .map(SentCode::notice);
    }
}
