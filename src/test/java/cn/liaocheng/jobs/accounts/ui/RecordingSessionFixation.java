package cn.liaocheng.jobs.accounts.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Browserless tests run on mock requests that cannot change a session id (MockRequest.changeSessionId is not
 * implemented), so they count the calls instead; {@link SessionFixationProtectionTests} checks that the real
 * strategy changes the id on a servlet request that can.
 */
@TestConfiguration(proxyBeanMethods = false)
class RecordingSessionFixation {

    static final AtomicInteger CALLS = new AtomicInteger();

    @Bean
    @Primary
    SessionAuthenticationStrategy recordingSessionFixationProtection() {
        return (Authentication authentication, HttpServletRequest request, HttpServletResponse response) -> {
            if (!authentication.isAuthenticated()) {
                throw new IllegalStateException("only for a completed sign-in");
            }
            CALLS.incrementAndGet();
        };
    }
}
