package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures after a page has opened (a button whose action fails): the person sees and hears a plain
 * apology with a reference to quote; the log gets the stack trace under the same reference. What they typed stays in
 * the fields, since nothing on the page is rebuilt.
 *
 * <p>When the database is gone the apology says so and asks them to try again in a few minutes. While that notice is
 * on the page, further failures of the same outage (a draft saved while typing, a second press) are logged but not
 * announced again for {@link #REPEAT_AFTER}, so that a screen reader is not interrupted every few seconds.
 */
class PortalErrorHandler implements ErrorHandler {

    static final Duration REPEAT_AFTER = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    private final Clock clock;

    PortalErrorHandler(Clock clock) {
        this.clock = clock;
    }

    /** The database outage notice this tab showed last. */
    private record OutageNotice(String message, Instant shownAt) {
    }

    @Override
    public void error(ErrorEvent event) {
        var throwable = event.getThrowable();
        var ui = UI.getCurrent();
        var layout = ui == null ? null : ui.getChildren()
                .filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast)
                .findFirst()
                .orElse(null);
        if (!databaseUnavailable(throwable)) {
            var reference = newReference();
            log.error("Error {} in a user action", reference, throwable);
            if (layout != null) {
                layout.showProblem(ui.getTranslation("error.action", reference));
            }
            return;
        }
        var now = clock.instant();
        var previous = ui == null ? null : ComponentUtil.getData(ui, OutageNotice.class);
        if (layout != null && previous != null && layout.showsProblem(previous.message())
                && previous.shownAt().plus(REPEAT_AFTER).isAfter(now)) {
            log.warn("The database did not answer again ({}); the person already sees the notice", rootMessage(throwable));
            return;
        }
        var reference = newReference();
        // The outage itself is the news, and health says DOWN: no stack trace for every press of a button.
        log.warn("Error {} in a user action: the database did not answer ({})", reference, rootMessage(throwable));
        if (layout != null) {
            var message = ui.getTranslation("error.unavailable", reference);
            layout.showProblem(message);
            ComponentUtil.setData(ui, OutageNotice.class, new OutageNotice(message, now));
        }
    }

    /**
     * Whether the failure is the database not answering (stopped, unreachable, no free connection in time). Spring
     * reports a transaction whose connection died mid-way as a failed rollback, with the real failure beside it:
     * both are followed, and a connection-class SQLSTATE (08…, or 57P01–57P03: the server shutting down) counts too,
     * since the driver's closed-connection error is a plain {@link SQLException}.
     */
    static boolean databaseUnavailable(@Nullable Throwable throwable) {
        for (var cause = throwable; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException failedRollback
                    && databaseUnavailable(failedRollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(@Nullable String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.matches("57P0[123]"));
    }

    private static String rootMessage(Throwable throwable) {
        var root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Eight characters of this request's trace id, which every log line of the request carries in full. */
    static String newReference() {
        return ErrorReference.current();
    }
}
