package cn.liaocheng.jobs.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// Services guard their methods with @PreAuthorize (decision 0011); views keep Vaadin's own @RolesAllowed check. Not
// jsr250Enabled: Spring would then proxy every view that carries @RolesAllowed (measured: StaffHomeView$$SpringCGLIB$$0).
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SignInPage> signInPage)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/scripts/**", "/images/**", "/favicon.ico",
                        "/actuator/health", "/actuator/health/**").permitAll());
        // Search words can be personal ("盲人 按摩 莘县"); don't leak them to other sites.
        http.headers(headers -> headers.referrerPolicy(
                policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        http.headers(SecurityHeaders::configure);
        // Views are guarded by Vaadin's navigation access control (@AnonymousAllowed, @RolesAllowed).
        // Other addresses are let through to Vaadin so that a mistyped URL gets the friendly 404 page
        // instead of a bare 403; only the health endpoint of actuator is exposed at all.
        http.with(vaadin(), vaadin -> {
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll);
            // Protected views send signed-out people to the sign-in page, which returns them afterwards.
            signInPage.ifAvailable(page -> vaadin.loginView(page.view(), page.signedOutUrl()));
        });
        // A login view makes Vaadin add Spring Security's form login, whose POST endpoint (the sign-in page's own
        // address) Vaadin exempts from CSRF checks. The sign-in page does not use it: it signs people in through
        // the accounts capability, which applies the sign-in limits. Left working, any other site could sign a
        // visitor into an account of the attacker's choosing (login CSRF). The endpoint matches no request.
        http.formLogin(form -> form.withObjectPostProcessor(new NoFormLoginEndpoint()));
        return http.build();
    }

    /**
     * Takes the place of the navigation access control of Vaadin's auto-configuration (which cannot be switched off),
     * built by the same configurer from the same checkers: the sign-in view and the enabled checkers stay Vaadin's.
     */
    @Bean
    @Primary
    NavigationAccessControl portalNavigationAccessControl(List<NavigationAccessChecker> checkers,
            NavigationAccessControlConfigurer configurer, VaadinRolePrefixHolder rolePrefix) {
        return configurer.build((enabled, resolver) -> new PortalNavigationAccessControl(enabled, resolver, rolePrefix),
                checkers);
    }

    /** Keeps Vaadin's login-view set-up (redirects, saved requests) but lets the form-login filter handle nothing. */
    private static final class NoFormLoginEndpoint implements ObjectPostProcessor<UsernamePasswordAuthenticationFilter> {
        @Override
        public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
            filter.setRequiresAuthenticationRequestMatcher(request -> false);
            return filter;
        }
    }
}
