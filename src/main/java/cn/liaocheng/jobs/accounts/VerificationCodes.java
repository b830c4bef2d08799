package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.TypedInput;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit one-time codes: sent through the {@link VerificationChannel}, valid for 10 minutes, 5 tries per code from
 * each client address, and sent and tried within the {@link CodeLimits} (SMS costs money and can be used to harass;
 * guessing is slowed per number, per address and overall). Only the newest code for a number and purpose counts.
 */
@Service
public class VerificationCodes {

    public static final int LENGTH = 6;
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 5;

    /** What the code is for; a code sent for one purpose never confirms another. */
    public enum Purpose {
        SIGN_UP, PASSWORD_RESET, HELPER_CONSENT,
        /** The second factor of a staff sign-in, after the right password. */
        STAFF_SIGN_IN,
        /** A new staff member (or one whose password an administrator removed) setting their password. */
        PASSWORD_SETUP
    }

    public sealed interface SendOutcome {
        record Sent(Instant expiresAt) implements SendOutcome {}

        /**
         * Not sent: a code went to this number less than a minute ago, or a limit on codes for this number, this
         * client address or the whole portal is reached. {@code retryAt} is when sending works again.
         */
        record TooSoon(Instant retryAt) implements SendOutcome {}
    }

    public sealed interface CheckOutcome {
        record Confirmed() implements CheckOutcome {}

        record Wrong(int attemptsLeft) implements CheckOutcome {}

        /**
         * Expired, used up, never sent, or tried too often (here, or so often for this number, this address or the
         * portal that no code is looked at for a while): the person asks for a new one.
         */
        record NeedsNewCode() implements CheckOutcome {}
    }

    /** A check that can say why it was not made: the outcome, or until when a limit refuses to look at any code. */
    public sealed interface Attempt {
        record Checked(CheckOutcome outcome) implements Attempt {}

        record Refused(Instant retryAt) implements Attempt {}
    }

    private final SecureRandom random = new SecureRandom();
    private final VerificationCodeRepository codes;
    private final VerificationChannel channel;
    private final SensitiveDataCipher cipher;
    private final CodeLimits limits;
    private final Clock clock;

    VerificationCodes(VerificationCodeRepository codes, VerificationChannel channel, SensitiveDataCipher cipher,
            CodeLimits limits, Clock clock) {
        this.codes = codes;
        this.channel = channel;
        this.cipher = cipher;
        this.limits = limits;
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
        return store(to, purpose, code -> channel.send(to, code, purpose, delivery, request));
    }

    /**
     * Like {@link #send}, but the phone gets {@code notice} instead of the code, which nobody ever sees. It counts
     * against the same limits and answers the same; the stored code makes a later check answer "wrong code" as it
     * would for any number. So the page cannot tell whether a number has an account; the phone's holder can.
     */
    @Transactional
    SendOutcome sendInstead(PhoneNumber to, Purpose purpose, VerificationChannel.Delivery delivery,
            VerificationChannel.Notice notice) {
        return store(to, purpose, code -> channel.sendNotice(to, notice, delivery));
    }

    private SendOutcome store(PhoneNumber to, Purpose purpose, Consumer<String> deliver) {
        return switch (limits.takeForSending(to)) {
            case RateLimits.Permit.Refused(var limit, var retryAt) -> new SendOutcome.TooSoon(retryAt);
            case RateLimits.Permit.Granted granted -> {
                var now = clock.instant();
                var code = String.format("%06d", random.nextInt(1_000_000));
                var expiresAt = now.plus(VALID_FOR);
                codes.save(new VerificationCode(null, to.value(), purpose, hash(to, purpose, code), now, expiresAt,
                        null));
                try {
                    deliver.accept(code);
                } catch (RuntimeException notSent) {
                    // Nothing reached the phone (e.g. no gateway yet): it does not count against anyone's limits.
                    limits.giveBack(granted.taken());
                    throw notSent;
                }
                yield new SendOutcome.Sent(expiresAt);
            }
        };
    }

    /**
     * Whether sending was refused only because a code went out a moment ago (the wait is about a minute), rather than
     * because a limit on codes for the number, the network or the portal is reached.
     */
    public boolean justSent(SendOutcome.TooSoon refused) {
        return !refused.retryAt().isAfter(limits.now().plus(RESEND_AFTER).plusSeconds(5));
    }

    /** Checks a typed code (full-width digits and spaces allowed); a confirmed code cannot be used again. */
    @Transactional
    public CheckOutcome check(PhoneNumber phone, Purpose purpose, @Nullable String typed) {
        return switch (attempt(phone, purpose, typed)) {
            case Attempt.Checked(var outcome) -> outcome;
            case Attempt.Refused(var retryAt) -> new CheckOutcome.NeedsNewCode();
        };
    }

    /** {@link #check}, saying until when a limit refuses, for the pages that can tell the person. */
    @Transactional
    public Attempt attempt(PhoneNumber phone, Purpose purpose, @Nullable String typed) {
        var now = clock.instant();
        var latest = codes.findFirstByPhoneNumberAndPurposeOrderByCreatedAtDesc(phone.value(), purpose);
        if (latest.isEmpty() || latest.get().usedAt() != null || !now.isBefore(latest.get().expiresAt())) {
            return new Attempt.Checked(new CheckOutcome.NeedsNewCode());
        }
        var code = latest.get();
        var keys = limits.checkingKeys(phone, Objects.requireNonNull(code.id()));
        return switch (limits.take(keys)) {
            case RateLimits.Permit.Refused(var limit, var retryAt) -> limit == CodeLimits.CHECK_PER_CODE_AND_ADDRESS
                    ? new Attempt.Checked(new CheckOutcome.NeedsNewCode())
                    : new Attempt.Refused(retryAt);
            case RateLimits.Permit.Granted granted -> {
                var digits = TypedInput.compact(typed);
                if (digits.length() == LENGTH && hash(phone, purpose, digits).equals(code.codeHash())) {
                    codes.save(code.usedAt(now));
                    limits.giveBack(granted.taken());
                    yield new Attempt.Checked(new CheckOutcome.Confirmed());
                }
                long left = granted.remaining().get(keys.getFirst());
                yield new Attempt.Checked(left > 0 ? new CheckOutcome.Wrong((int) left)
                        : new CheckOutcome.NeedsNewCode());
            }
        };
    }

    private String hash(PhoneNumber phone, Purpose purpose, String code) {
        return cipher.blindIndex(purpose + ":" + phone.value() + ":" + code);
    }
}
