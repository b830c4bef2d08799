package cn.liaocheng.jobs.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Actuator endpoints other than health ({@code /actuator/prometheus}) answer only the monitoring's scrape user, with
 * HTTP basic on the portal's own port (decision 0025). Health stays public: probes, Docker's health check and CI ask
 * it. Without {@code portal.metrics.password} nobody gets the metrics. A signed-in person or staff member gets nothing
 * either: this chain keeps no session and knows no account but the scrape user.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

    static final String SCRAPER = "METRICS_SCRAPER";
    /** A random token, not a remembered password: long enough that guessing it over HTTP is hopeless. */
    static final int MIN_PASSWORD_LENGTH = 24;

    @Bean
    @Order(1)
    SecurityFilterChain metricsScrapeFilterChain(HttpSecurity http,
            @Value("${portal.metrics.username}") String username,
            @Value("${portal.metrics.password:}") String password) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new AndRequestMatcher(paths.matcher("/actuator/**"), new NegatedRequestMatcher(
                new OrRequestMatcher(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")))));
        http.authorizeHttpRequests(auth -> auth.anyRequest().hasRole(SCRAPER));
        http.authenticationManager(new ProviderManager(new ScrapeUser(username, password)));
        http.httpBasic(basic -> basic.realmName("jobs-portal metrics"));
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // Nothing here changes anything (GET only), and Prometheus sends no CSRF token.
        http.csrf(csrf -> csrf.disable());
        http.headers(headers -> headers.referrerPolicy(
                policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.headers(SecurityHeaders::configure);
        return http.build();
    }

    /** The one account of this chain, compared in constant time; no hashing, since the secret is random. */
    static final class ScrapeUser implements AuthenticationProvider {

        private final String username;
        private final byte[] passwordDigest;
        private final boolean configured;

        ScrapeUser(String username, String password) {
            if (!password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("portal.metrics.password (PORTAL_METRICS_PASSWORD) must have at least "
                        + MIN_PASSWORD_LENGTH + " characters, e.g. openssl rand -base64 32");
            }
            this.username = username;
            this.passwordDigest = digest(password);
            this.configured = !username.isBlank() && !password.isEmpty();
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var given = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            // Both compared, always, so that the time taken says nothing about which one was wrong.
            var passwordMatches = MessageDigest.isEqual(passwordDigest, digest(given));
            var userMatches = MessageDigest.isEqual(digest(username), digest(authentication.getName()));
            if (!configured || !passwordMatches || !userMatches) {
                throw new BadCredentialsException("Not the scrape user");
            }
            return UsernamePasswordAuthenticationToken.authenticated(username, null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + SCRAPER)));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }

        private static byte[] digest(String value) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
