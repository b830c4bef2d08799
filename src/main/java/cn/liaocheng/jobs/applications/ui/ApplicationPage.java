package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.shell.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
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

    /** "蔬菜大棚种植技术班 · 为 王建国 申请": what and for whom, above every page's heading. */
    static String caption(Component owner, ApplicationDetails details) {
        var offer = details.offer().title().in(owner.getUI().map(UI::getLocale).orElse(Locale.SIMPLIFIED_CHINESE));
        return details.personName() == null ? offer
                : offer + " · " + owner.getTranslation("application.for-person", details.personName());
    }
}
