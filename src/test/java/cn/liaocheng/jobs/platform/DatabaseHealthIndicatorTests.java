package cn.liaocheng.jobs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.datasource.AbstractDataSource;

class DatabaseHealthIndicatorTests {

    /** A pool that waits for a connection until it is interrupted, as Hikari does while the database is gone. */
    static class WaitingPool extends AbstractDataSource {
        final CountDownLatch interrupted = new CountDownLatch(1);

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            try {
                new CountDownLatch(1).await();
                throw new AssertionError("never");
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw new SQLTransientConnectionException("Interrupted during connection acquisition", e);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return getConnection();
        }
    }

    @Test
    void a_database_that_does_not_answer_is_down_at_the_deadline_and_the_waiting_check_is_stopped() throws Exception {
        var pool = new WaitingPool();
        var indicator = new DatabaseHealthIndicator(pool, Duration.ofMillis(300));

        long started = System.nanoTime();
        var health = indicator.health();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "no connection to the database within 300 ms");
        assertThat(tookMillis).isBetween(300L, 1_000L);
        assertThat(pool.interrupted.await(2, TimeUnit.SECONDS)).as("the check is interrupted").isTrue();
        indicator.destroy();
    }

    @Test
    void a_pool_that_fails_at_once_is_down_with_the_reason() {
        DataSource failing = new WaitingPool() {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
            }
        };
        var indicator = new DatabaseHealthIndicator(failing, Duration.ofSeconds(1));

        var health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails().get("error").toString()).contains("Connection is not available");
        indicator.destroy();
    }
}
