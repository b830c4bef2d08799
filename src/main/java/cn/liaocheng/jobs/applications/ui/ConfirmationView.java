package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Instant;

/** 申请已提交: the reference number, what happens next and by when, whom to call, and a receipt to print. */
@Route(value = "applications/:id/confirmation", layout = MainLayout.class)
@AnonymousAllowed
class ConfirmationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Staff promise to contact the person within this many days of submission. */
    static final int CONTACT_WITHIN_DAYS = 7;

    private final ApplicationService applications;

    ConfirmationView(ApplicationService applications) {
        this.applications = applications;
        addClassNames("application-page", "confirmation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = ApplicationPage.load(event, applications).orElseThrow(NotFoundException::new);
        var application = found.application();
        if (application.isOpenForAnswers()) {
            event.forwardTo(ApplyRoutes.check(application.id()));
            return;
        }
        removeAll();
        var panel = new Div(new PageHeading(getTranslation("application.confirmation.heading")));
        panel.addClassName("confirmation-panel");
        var reference = new Paragraph(new Span(getTranslation("application.confirmation.reference")));
        var number = new Span(application.reference());
        number.addClassName("reference-number");
        number.setId("reference");
        reference.add(number);
        panel.add(reference);
        var submittedAt = application.submittedAt() == null ? Instant.EPOCH : application.submittedAt();
        var by = submittedAt.atZone(Receipt.LIAOCHENG).toLocalDate().plusDays(CONTACT_WITHIN_DAYS);
        add(panel,
                new H2(getTranslation("application.confirmation.next")),
                new Paragraph(getTranslation("application.confirmation.next.review",
                        found.offer().leadDepartment().in(getLocale()))),
                new Paragraph(getTranslation("application.confirmation.next.contact", CONTACT_WITHIN_DAYS,
                        new AnswerText(this).date(by))),
                new Paragraph(getTranslation("application.confirmation.next.status")),
                new Receipt(found),
                new Paragraph(new Anchor(ApplyRoutes.mine(), getTranslation("application.mine.link"))));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("application.confirmation.heading"));
    }
}
