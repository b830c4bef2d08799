package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.accounts.RateLimits.Key;
import cn.liaocheng.jobs.accounts.RateLimits.Permit;
import cn.liaocheng.jobs.shared.PhoneNumber;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often codes may be sent and tried, in {@link RateLimits} buckets.
 * <p>
 * Sending (SMS and voice calls cost money and can be used to pester someone): per number and client address one a
 * minute, 5 an hour, 8 a day; per number from anywhere 10 an hour and 20 a day; per address 10 an hour; overall
 * {@code portal.limits.codes-per-hour} (200). One address cannot use up a number's allowance, so a stranger cannot
 * stop the person getting a code; and every code a stranger triggers goes to the person's own phone, where it works.
 * <p>
 * Trying (only wrong codes count): 5 tries per code and address, so a stranger's guesses do not use up the person's
 * code; per number and address 10 an hour; per number from anywhere 20 an hour, which is all the guesses an attacker
 * with many addresses gets against one number; per address 20 an hour; overall
 * {@code portal.limits.wrong-codes-per-hour} (100), all the guesses against all numbers together.
 * <p>
 * Calls without an HTTP request (tests, the portal itself) have no per-address buckets.
 */
@Component
class CodeLimits {

    static final Limit SEND_PER_NUMBER_AND_ADDRESS = new Limit("code-send:number+address", BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(1).refillIntervally(1, VerificationCodes.RESEND_AFTER))
            .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofHours(1)))
            .addLimit(limit -> limit.capacity(8).refillGreedy(8, Duration.ofDays(1)))
            .build());
    static final Limit SEND_PER_NUMBER = new Limit("code-send:number", BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofHours(1)))
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofDays(1)))
            .build());
    static final Limit SEND_PER_ADDRESS = Limit.of("code-send:address", 10, Duration.ofHours(1));

    static final Limit CHECK_PER_CODE_AND_ADDRESS = new Limit("code-check:code+address", BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(VerificationCodes.MAX_ATTEMPTS)
                    .refillIntervally(VerificationCodes.MAX_ATTEMPTS, VerificationCodes.VALID_FOR))
            .build());
    static final Limit CHECK_PER_NUMBER_AND_ADDRESS = Limit.of("code-check:number+address", 10, Duration.ofHours(1));
    static final Limit CHECK_PER_NUMBER = Limit.of("code-check:number", 20, Duration.ofHours(1));
    static final Limit CHECK_PER_ADDRESS = Limit.of("code-check:address", 20, Duration.ofHours(1));

    private final RateLimits limits;
    private final CurrentClient client;
    private final Limit sendOverall;
    private final Limit checkOverall;

    CodeLimits(RateLimits limits, CurrentClient client,
            @Value("${portal.limits.codes-per-hour:200}") long codesPerHour,
            @Value("${portal.limits.wrong-codes-per-hour:100}") long wrongCodesPerHour) {
        this.limits = limits;
        this.client = client;
        // The figure is part of the name: a changed setting starts a new bucket with the new size.
        this.sendOverall = Limit.of("code-send:overall:" + codesPerHour + "/h", codesPerHour, Duration.ofHours(1));
        this.checkOverall = Limit.of("code-check:overall:" + wrongCodesPerHour + "/h", wrongCodesPerHour,
                Duration.ofHours(1));
    }

    Permit takeForSending(PhoneNumber to) {
        var address = client.address();
        var keys = new ArrayList<>(List.of(limits.key(SEND_PER_NUMBER_AND_ADDRESS, to.value(), address.key()),
                limits.key(SEND_PER_NUMBER, to.value())));
        if (!address.equals(ClientAddress.INTERNAL)) {
            keys.add(limits.key(SEND_PER_ADDRESS, address.key()));
        }
        keys.add(limits.key(sendOverall));
        return limits.take(keys);
    }

    /** The first key is the code's own at this address; its remaining tokens are the tries left. */
    List<Key> checkingKeys(PhoneNumber phone, long codeId) {
        var address = client.address();
        var keys = new ArrayList<>(List.of(limits.key(CHECK_PER_CODE_AND_ADDRESS, Long.toString(codeId), address.key()),
                limits.key(CHECK_PER_NUMBER_AND_ADDRESS, phone.value(), address.key()),
                limits.key(CHECK_PER_NUMBER, phone.value())));
        if (!address.equals(ClientAddress.INTERNAL)) {
            keys.add(limits.key(CHECK_PER_ADDRESS, address.key()));
        }
        keys.add(limits.key(checkOverall));
        return keys;
    }

    Permit take(List<Key> keys) {
        return limits.take(keys);
    }

    void giveBack(List<Key> keys) {
        limits.giveBack(keys);
    }

    /** The time the buckets count with. */
    Instant now() {
        return limits.now();
    }
}
