package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.PortalUser;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.savedrequest.SavedRequest;
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
    /** Where staff go: 工作台, the staff capability's route. */
    static final String STAFF_TARGET = "staff";

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
     * The page the person wanted before being asked to sign in, if it is a path inside the portal; anything else
     * (another site, "//evil.example") is ignored, so that the address cannot send people away. Vaadin keeps it in
     * one of two places: a navigation inside the page stores the route, a page load that Spring Security turned away
     * leaves a saved request.
     */
    static String targetAfterSignIn() {
        return targetAfterSignIn(DEFAULT_TARGET);
    }

    /** As {@link #targetAfterSignIn()}, for staff: they land on their 工作台 (the staff capability's route). */
    static String targetAfterSignIn(PortalUser user) {
        return targetAfterSignIn(user.role().isStaff() ? STAFF_TARGET : DEFAULT_TARGET);
    }

    private static String targetAfterSignIn(String fallback) {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return fallback;
        }
        var http = session.getSession();
        var route = http.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        var saved = http.getAttribute(SAVED_REQUEST);
        http.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        http.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE);
        http.removeAttribute(SAVED_REQUEST);
        String target = null;
        if (route instanceof String path) {
            target = insidePortal(path);
        } else if (saved instanceof SavedRequest request) {
            target = fromSavedRequest(request.getRedirectUrl());
        }
        return target == null ? fallback : target;
    }

    /** Spring Security's session attribute for a request it turned away to ask for sign-in first. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /** "http://host/context/applications/12?continue" becomes "applications/12". */
    static @Nullable String fromSavedRequest(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
        var path = uri.getRawPath() == null ? "" : uri.getRawPath();
        var request = VaadinServletRequest.getCurrent();
        var contextPath = request == null ? "" : request.getContextPath();
        if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        var query = uri.getRawQuery() == null ? "" : java.util.Arrays.stream(uri.getRawQuery().split("&"))
                .filter(parameter -> !parameter.equals("continue") && !parameter.startsWith("continue="))
                .collect(java.util.stream.Collectors.joining("&"));
        var relative = insidePortal(path);
        return relative == null ? null : query.isEmpty() ? relative : relative + "?" + query;
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
