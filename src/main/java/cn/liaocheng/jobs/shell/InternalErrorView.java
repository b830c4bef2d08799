package cn.liaocheng.jobs.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything that went wrong on our side. The person gets an apology and a reference to quote on the
 * phone; the stack trace goes to the log under the same reference, never to the page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var reference = PortalErrorHandler.newReference();
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        show("error.internal.title", "error.internal.text", reference);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
