package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.ApplicationService;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/** Reads the application id from the address and asks the service, which decides whether this account may see it. */
final class ApplicationPage {

    private ApplicationPage() {
    }

    /** Empty for an unknown id, someone else's application, a withdrawn helper or a signed-out visitor alike. */
    static Optional<ApplicationDetails> load(BeforeEnterEvent event, ApplicationService applications) {
        return event.getRouteParameters().get("id")
                .filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .flatMap(applications::find);
    }

    static String personLine(com.vaadin.flow.component.Component owner, ApplicationDetails details) {
        return details.personName() == null ? "" : owner.getTranslation("application.for-person", details.personName());
    }
}
