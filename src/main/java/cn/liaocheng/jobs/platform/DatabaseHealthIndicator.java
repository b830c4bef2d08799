package cn.liaocheng.jobs.platform;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, with a deadline. Spring Boot's own indicator waits as long as the
 * connection pool does; a monitor or load balancer that asks while the database is gone wants a quick DOWN. The
 * check asks the pool for a connection and validates it; when that takes longer than the deadline the answer is
 * DOWN, and the waiting check is interrupted so that probes cannot pile up. Replaces Boot's {@code db} indicator.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration deadline;
    private final ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor();

    DatabaseHealthIndicator(DataSource dataSource, @Value("${portal.health.database-deadline:1500ms}") Duration deadline) {
        this.dataSource = dataSource;
        this.deadline = deadline;
    }

    @Override
    public Health health() {
        var check = checks.submit(this::validConnection);
        try {
            return check.get(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("error", "the database returned an invalid connection").build();
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("error", "no connection to the database within " + deadline.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            check.cancel(true);
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private boolean validConnection() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, deadline.toSeconds()));
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
