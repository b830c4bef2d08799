package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures after a page has opened (a button whose action fails): the person sees and hears a plain
 * apology with a reference to quote; the log gets the stack trace under the same reference.
 */
class PortalErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        var reference = newReference();
        log.error("Error {} in a user action", reference, event.getThrowable());
        var ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.getChildren()
                .filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast)
                .findFirst()
                .ifPresent(layout -> layout.showProblem(ui.getTranslation("error.action", reference)));
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
