package cn.liaocheng.jobs.accounts.ui;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a session may sit idle, and how early the warning comes (WCAG 2.2.1). {@code portal.session.idle-timeout}
 * defaults to {@code server.servlet.session.timeout} (30 minutes); a test may set a short one, e.g. 40s, since
 * Tomcat's own setting only counts whole minutes. The warning comes {@code portal.session.warning-before} (2 minutes)
 * before, but never earlier than half-way, so that a short test timeout still leaves time to work.
 */
@Component
class SessionTimeoutSettings {

    private final Duration idleTimeout;
    private final Duration warningBefore;

    SessionTimeoutSettings(@Value("${portal.session.idle-timeout:${server.servlet.session.timeout:30m}}") Duration idleTimeout,
            @Value("${portal.session.warning-before:2m}") Duration warningBefore) {
        if (idleTimeout.toSeconds() < 10) {
            throw new IllegalArgumentException("portal.session.idle-timeout must be at least 10 seconds");
        }
        this.idleTimeout = idleTimeout;
        var half = idleTimeout.dividedBy(2);
        this.warningBefore = warningBefore.compareTo(half) > 0 ? half : warningBefore;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    Duration warningBefore() {
        return warningBefore;
    }
}
