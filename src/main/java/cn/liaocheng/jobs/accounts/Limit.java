package cn.liaocheng.jobs.accounts;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * One limit of {@link RateLimits}: what it counts (its name starts every bucket's id) and the size of each bucket.
 * Every token bucket refills greedily, a little at a time, so a limit forgives gradually instead of all at once.
 */
record Limit(String name, BucketConfiguration configuration) {

    /** A bucket of {@code capacity} tokens that refills {@code capacity} over {@code period}. */
    static Limit of(String name, long capacity, Duration period) {
        return new Limit(name, BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
    }
}
