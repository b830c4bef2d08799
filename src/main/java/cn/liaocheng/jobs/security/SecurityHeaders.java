package cn.liaocheng.jobs.security;

import java.time.Duration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security headers of every response (bootstrap page, UIDL and heartbeat requests, static files, errors), besides
 * the Referrer-Policy that {@link SecurityConfig} sets.
 */
final class SecurityHeaders {

    /** Browser features the portal never uses; a script that slipped in cannot ask for them either. */
    static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "browsing-topics=()", "camera=()",
            "display-capture=()", "geolocation=()", "gyroscope=()", "hid=()", "magnetometer=()", "microphone=()",
            "midi=()", "payment=()", "serial=()", "usb=()", "xr-spatial-tracking=()");

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        // Written before the request is handled rather than when the response is committed: written late, Vaadin's
        // bootstrap page went out without any of them (it carried only Vaadin's own X-Frame-Options).
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.addHeaderWriter(new ContentSecurityPolicy());
        // Written first, a response that sets its own caching (Vaadin's static files: max-age) replaces it. Spring's
        // default writer would also leave "Pragma: no-cache" and "Expires: 0" behind on those files.
        headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable);
        headers.addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"));
        // Also for browsers without frame-ancestors; Vaadin then leaves its own SAMEORIGIN out.
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
        headers.permissionsPolicyHeader(policy -> policy.policy(PERMISSIONS_POLICY));
        // Only on requests that arrived over HTTPS (behind a proxy: server.forward-headers-strategy).
        headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                .includeSubDomains(true));
    }
}
