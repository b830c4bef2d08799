package cn.liaocheng.jobs.accounts;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Where the buckets of {@link RateLimits} live: table {@code accounts_rate_limit} of the portal's own PostgreSQL,
 * through Bucket4j's SELECT ... FOR UPDATE proxy manager. Two instances behind a load balancer therefore share every
 * limit, and a restart forgets none. A bucket's row expires 10 minutes after it would be full again; a job deletes
 * expired rows, so the table holds only the buckets of the last day or so.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(RateLimitStore.class);

    /** The clock the buckets count with: the portal's Clock in production; tests move their own. */
    @Bean
    TimeMeter rateLimitTime(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource, TimeMeter rateLimitTime) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("accounts_rate_limit")
                .clientClock(rateLimitTime)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(10)))
                .build();
    }

    @Bean
    ExpiredBuckets expiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets) {
        return new ExpiredBuckets(rateLimitBuckets);
    }

    static class ExpiredBuckets {

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
        void removeExpired() {
            int removed;
            do {
                removed = buckets.removeExpired(1000);
                log.debug("Removed {} expired rate-limit buckets", removed);
            } while (removed == 1000);
        }
    }
}
