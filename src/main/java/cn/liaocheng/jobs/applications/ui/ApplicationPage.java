package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.shell.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Locale;
import java.util.Optional;

/** Reads the application id from the address and asks the service, which decides whether this account may see it. */
final class ApplicationPage {

    private ApplicationPage() {
    }

    /** Empty for an unknown id, someone else's application, a withdrawn helper or a signed-out visitor alike. */
    static Optional<ApplicationDetails> load(BeforeEnterEvent event, ApplicationService applications) {
        return RouteIds.of(event, "id").flatMap(applications::find);
    }

    /**
     * For the pages that take answers (steps, check): the application while it is open for answers. Unknown or not
     * yours, or yours to read only, is not found; a sent application forwards to its own page and gives empty.
     */
    static Optional<ApplicationDetails> loadOpenForAnswers(BeforeEnterEvent event, ApplicationService applications) {
        var loaded = load(event, applications).orElseThrow(NotFoundException::new);
        if (!loaded.application().isOpenForAnswers()) {
            event.forwardTo(ApplyRoutes.application(loaded.application().id()));
            return Optional.empty();
        }
        if (!loaded.permission().mayPrepareDrafts()) {
            throw new NotFoundException();
        }
        return Optional.of(loaded);
    }

    /** "蔬菜大棚种植技术班 · 为 王建国 申请": what and for whom, above every page's heading. */
    static String caption(Component owner, ApplicationDetails details) {
        var offer = details.offer().title().in(owner.getUI().map(UI::getLocale).orElse(Locale.SIMPLIFIED_CHINESE));
        return details.personName() == null ? offer
                : offer + " · " + owner.getTranslation("application.for-person", details.personName());
    }
}
