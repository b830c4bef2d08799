package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.platform.SensitiveDataCipher;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) kept in PostgreSQL ({@code accounts_rate_limit}, see {@link RateLimitStore}), so that
 * every instance of the portal and every restart counts alike. A bucket's id is its limit's name and a keyed hash
 * of what it counts (a phone number, a client address, a code), so the table holds neither numbers nor addresses.
 * Each operation is its own short transaction on its own connection: a sign-in that fails and rolls back still
 * counts.
 */
@Component
class RateLimits {

    /** The bucket of one limit for one subject, e.g. sign-in failures of one number from one address. */
    record Key(Limit limit, String id) {}

    sealed interface Permit {
        /** A token was taken from every bucket; how many each has left, in the order asked. */
        record Granted(Map<Key, Long> remaining) implements Permit {
            List<Key> taken() {
                return List.copyOf(remaining.keySet());
            }
        }

        /** One bucket was empty ({@code limit}); nothing was taken from any. */
        record Refused(Limit limit, Instant retryAt) implements Permit {}
    }

    private final ProxyManager<String> buckets;
    private final TimeMeter time;
    private final SensitiveDataCipher cipher;

    RateLimits(ProxyManager<String> buckets, TimeMeter rateLimitTime, SensitiveDataCipher cipher) {
        this.buckets = buckets;
        this.time = rateLimitTime;
        this.cipher = cipher;
    }

    /** The bucket of {@code limit} for {@code subject}; no subject means the one bucket for everybody. */
    Key key(Limit limit, String... subject) {
        return new Key(limit, subject.length == 0 ? limit.name()
                : limit.name() + ":" + cipher.blindIndex(limit.name() + "|" + String.join("|", subject)));
    }

    /**
     * Takes one token from each bucket, in order (most specific first, so that a refused attempt says the reason
     * that concerns the person). If one is empty, the tokens already taken are given back.
     */
    Permit take(List<Key> keys) {
        var remaining = new LinkedHashMap<Key, Long>();
        for (var key : keys) {
            var probe = bucket(key).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                giveBack(List.copyOf(remaining.keySet()));
                return new Permit.Refused(key.limit(), now().plusNanos(probe.getNanosToWaitForRefill()));
            }
            remaining.put(key, probe.getRemainingTokens());
        }
        return new Permit.Granted(remaining);
    }

    /** Returns tokens for attempts that turned out not to count (a right password, a right code). */
    void giveBack(List<Key> keys) {
        keys.forEach(key -> bucket(key).addTokens(1));
    }

    /** Starts a bucket afresh (e.g. after a successful sign-in from this address). */
    void forget(Key key) {
        buckets.removeProxy(key.id());
    }

    /** When the next token of a bucket is there; empty if there is one now. */
    Optional<Instant> nextToken(Key key) {
        var estimate = bucket(key).estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? Optional.empty()
                : Optional.of(now().plusNanos(estimate.getNanosToWaitForRefill()));
    }

    /** The same time the buckets count with. */
    Instant now() {
        long nanos = time.currentTimeNanos();
        return Instant.ofEpochSecond(0, nanos);
    }

    private BucketProxy bucket(Key key) {
        return buckets.builder().build(key.id(), key.limit()::configuration);
    }
}
