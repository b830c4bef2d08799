package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.TypedInput;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes: sent through the {@link VerificationChannel}, valid for 10 minutes, 5 tries each, a new
 * one at most once a minute and 5 an hour per number and purpose (SMS costs money and can be used to harass).
 * Only the newest code for a number and purpose counts.
 */
@Service
public class VerificationCodes {

    public static final int LENGTH = 6;
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_PER_HOUR = 5;
    static final int MAX_ATTEMPTS = 5;

    /** What the code is for; a code sent for one purpose never confirms another. */
    public enum Purpose {
        SIGN_UP, PASSWORD_RESET, HELPER_CONSENT
    }

    public sealed interface SendOutcome {
        record Sent(Instant expiresAt) implements SendOutcome {}

        /** A code was sent less than a minute ago, or five in the last hour. */
        record TooSoon(Instant retryAt) implements SendOutcome {}
    }

    public sealed interface CheckOutcome {
        record Confirmed() implements CheckOutcome {}

        record Wrong(int attemptsLeft) implements CheckOutcome {}

        /** Expired, used up, never sent, or tried too often: the person asks for a new one. */
        record NeedsNewCode() implements CheckOutcome {}
    }

    private final SecureRandom random = new SecureRandom();
    private final VerificationCodeRepository codes;
    private final VerificationChannel channel;
    private final SensitiveDataCipher cipher;
    private final Clock clock;

    VerificationCodes(VerificationCodeRepository codes, VerificationChannel channel, SensitiveDataCipher cipher,
            Clock clock) {
        this.codes = codes;
        this.channel = channel;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Transactional
    public SendOutcome send(PhoneNumber to, Purpose purpose, VerificationChannel.Delivery delivery) {
        return send(to, purpose, delivery, null);
    }

    /** As {@link #send(PhoneNumber, Purpose, VerificationChannel.Delivery)}, with what someone else asked for. */
    @Transactional
    public SendOutcome send(PhoneNumber to, Purpose purpose, VerificationChannel.Delivery delivery,
            @Nullable String request) {
        var now = clock.instant();
        var latest = codes.findFirstByPhoneNumberAndPurposeOrderByCreatedAtDesc(to.value(), purpose);
        if (latest.isPresent() && now.isBefore(latest.get().createdAt().plus(RESEND_AFTER))) {
            return new SendOutcome.TooSoon(latest.get().createdAt().plus(RESEND_AFTER));
        }
        if (codes.countSentSince(to.value(), purpose, now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
            return new SendOutcome.TooSoon(now.plus(Duration.ofHours(1)));
        }
        var code = String.format("%06d", random.nextInt(1_000_000));
        var expiresAt = now.plus(VALID_FOR);
        codes.save(new VerificationCode(null, to.value(), purpose, hash(to, purpose, code), now, expiresAt, 0, null));
        channel.send(to, code, purpose, delivery, request);
        return new SendOutcome.Sent(expiresAt);
    }

    /** Checks a typed code (full-width digits and spaces allowed); a confirmed code cannot be used again. */
    @Transactional
    public CheckOutcome check(PhoneNumber phone, Purpose purpose, @Nullable String typed) {
        var now = clock.instant();
        var latest = codes.findFirstByPhoneNumberAndPurposeOrderByCreatedAtDesc(phone.value(), purpose);
        if (latest.isEmpty()) {
            return new CheckOutcome.NeedsNewCode();
        }
        var code = latest.get();
        if (code.usedAt() != null || !now.isBefore(code.expiresAt()) || code.attempts() >= MAX_ATTEMPTS) {
            return new CheckOutcome.NeedsNewCode();
        }
        var digits = TypedInput.compact(typed);
        if (digits.length() == LENGTH && hash(phone, purpose, digits).equals(code.codeHash())) {
            codes.save(code.usedAt(now));
            return new CheckOutcome.Confirmed();
        }
        var tried = codes.save(code.withAttempt());
        int left = MAX_ATTEMPTS - tried.attempts();
        return left > 0 ? new CheckOutcome.Wrong(left) : new CheckOutcome.NeedsNewCode();
    }

    private String hash(PhoneNumber phone, Purpose purpose, String code) {
        return cipher.blindIndex(purpose + ":" + phone.value() + ":" + code);
    }
}
