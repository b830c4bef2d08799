package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.PortalUser;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing a person in from a Vaadin view, which Spring Security's login filter does not see. Does what that filter
 * would: a new session id (so that an id planted before sign-in is worth nothing: session fixation), the security
 * context in the HTTP session, and only the {@link PortalUser} without its password hash inside it.
 */
@Component
class SignInSession {

    /** Where to go when the person did not come from a protected page: the profile capability's route. */
    static final String DEFAULT_TARGET = "profile";

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private final SessionAuthenticationStrategy sessionFixation;

    SignInSession(SessionAuthenticationStrategy sessionFixation) {
        this.sessionFixation = sessionFixation;
    }

    void start(PortalUser user) {
        if (!user.getPassword().isEmpty()) {
            throw new IllegalArgumentException("the session must not keep a password hash");
        }
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var context = strategy.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        context.setAuthentication(authentication);
        strategy.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) {
            throw new IllegalStateException("signing in needs the current HTTP request");
        }
        var http = request.getHttpServletRequest();
        sessionFixation.onAuthentication(authentication, http, response.getHttpServletResponse());
        REPOSITORY.saveContext(context, http, response.getHttpServletResponse());
    }

    /**
     * The page Vaadin's access control was asked for before it sent the person to sign in, if it is a path inside
     * the portal; anything else (another site, "//evil.example") is ignored, so the link cannot send people away.
     */
    static String targetAfterSignIn() {
        return storedRedirect().orElse(DEFAULT_TARGET);
    }

    private static Optional<String> storedRedirect() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        var stored = session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.getSession().removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        return Optional.ofNullable(stored instanceof String path ? insidePortal(path) : null);
    }

    static @Nullable String insidePortal(String path) {
        var relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.startsWith("/") || relative.startsWith("\\") || relative.contains("://")
                || relative.contains(":")) {
            return null;
        }
        return relative;
    }
}
