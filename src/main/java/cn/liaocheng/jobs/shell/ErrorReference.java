package cn.liaocheng.jobs.shell;

import java.util.Locale;
import java.util.UUID;
import org.slf4j.MDC;

/**
 * The reference a person quotes on the phone when something failed: eight characters of the trace id of the request
 * in which it failed (a page opening or a button's UIDL request), upper case. Every log line of that request carries
 * the full trace id (MDC {@code traceId}, set by Micrometer Tracing), so support finds them all from the reference.
 *
 * <p>The last eight hex digits, not the first: Brave puts the time in seconds into the first eight of a 128-bit trace
 * id, so every request of one second would share them. Outside a request (a background task that fails inside
 * {@code ui.access}) there is no trace, and a random reference is used.
 */
final class ErrorReference {

    /** The MDC key of Micrometer Tracing's trace id. */
    static final String TRACE_ID = "traceId";

    private ErrorReference() {
    }

    static String current() {
        var traceId = MDC.get(TRACE_ID);
        if (traceId != null && traceId.length() >= 8) {
            return fromTraceId(traceId);
        }
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String fromTraceId(String traceId) {
        return traceId.substring(traceId.length() - 8).toUpperCase(Locale.ROOT);
    }
}
