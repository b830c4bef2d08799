package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.shell.Announcer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Idle sessions end, with a warning first (WCAG 2.2.1). {@code vaadin.closeIdleSessions=true} makes Vaadin close a
 * session when no request but heartbeats came for the session timeout, so an open tab does not keep someone signed
 * in for ever. This class then
 * <ul>
 * <li>sets each session's timeout from {@link SessionTimeoutSettings};</li>
 * <li>ends the HTTP session with the Vaadin one, so that the sign-in (kept in the HTTP session by Spring Security)
 * ends too;</li>
 * <li>sends a signed-in person whose session ended to {@code sign-in?expired}, which explains in plain words what
 * happened, instead of Vaadin's "Session expired" box; signed-out visitors get their page reloaded quietly;</li>
 * <li>adds the {@link IdleWarning} to every browser tab of a signed-in person.</li>
 * </ul>
 */
@SpringComponent
class IdleSessions implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessions.class);
    static final String HTTP_SESSION = IdleSessions.class.getName() + ".httpSession";

    private final SessionTimeoutSettings settings;
    private final AuthenticationContext authentication;

    IdleSessions(SessionTimeoutSettings settings, AuthenticationContext authentication) {
        this.settings = settings;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> {
            var session = init.getSession();
            var wrapped = session.getSession();
            wrapped.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
            // Vaadin has let go of the HTTP session by the time it reports the end of its own; keep a handle.
            session.setAttribute(HTTP_SESSION, wrapped);
        });
        service.addSessionDestroyListener(destroy -> endHttpSession(destroy.getSession()));
        // Read when a page is first loaded, so it reflects whether this person was signed in then. Signing in and
        // out load the page afresh for that reason.
        service.setSystemMessagesProvider(info -> {
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            if (authentication.isAuthenticated() && info.getRequest() != null) {
                messages.setSessionExpiredURL(info.getRequest().getContextPath() + "/" + SignInView.ROUTE + "?"
                        + SignInView.EXPIRED);
            }
            return messages;
        });
        service.addUIInitListener(init -> {
            var ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> showWarningIfSignedIn(ui));
        });
    }

    static void endHttpSession(VaadinSession session) {
        if (session.getAttribute(HTTP_SESSION) instanceof WrappedSession http) {
            try {
                http.invalidate();
                log.debug("Ended an idle session");
            } catch (IllegalStateException alreadyEnded) {
                // The HTTP session timed out or was ended by signing out; nothing left to do.
            }
        }
    }

    private void showWarningIfSignedIn(UI ui) {
        var existing = ui.getChildren().filter(IdleWarning.class::isInstance).findFirst();
        boolean signedIn = authentication.isAuthenticated();
        if (signedIn && existing.isEmpty()) {
            var announcer = ui.getSession().getService().getInstantiator().getOrCreate(Announcer.class);
            ui.add(new IdleWarning(settings, remainingMillis(ui.getSession()), announcer));
        } else if (!signedIn) {
            existing.ifPresent(ui::remove);
        }
    }

    private long remainingMillis(VaadinSession session) {
        // Vaadin's own clock for idleness (updated by every request except heartbeats), so the warning matches it.
        long deadline = session.getLastRequestTimestamp() + settings.idleTimeout().toMillis();
        return Math.max(0, deadline - System.currentTimeMillis());
    }
}
