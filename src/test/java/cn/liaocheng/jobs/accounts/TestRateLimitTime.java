package cn.liaocheng.jobs.accounts;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The clock of the rate-limit buckets in every test portal: real time plus whatever tests have skipped ahead, so that
 * "after 30 seconds" or "a quarter of an hour later" needs no waiting. It only ever moves forward, which only refills
 * buckets; tests that share the portal are not disturbed. Everything else keeps the real Clock.
 */
@Component
@Primary
public class TestRateLimitTime implements TimeMeter {

    private final AtomicLong skippedNanos = new AtomicLong();

    public void skip(Duration duration) {
        skippedNanos.addAndGet(duration.toNanos());
    }

    public Instant now() {
        return Instant.ofEpochSecond(0, currentTimeNanos());
    }

    @Override
    public long currentTimeNanos() {
        var now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano() + skippedNanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
