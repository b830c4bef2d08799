package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.SubmitOutcome;
import cn.liaocheng.jobs.profile.SubmitPermission;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.TransactionPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/** Check your answers: every answer with a 修改 link, then 提交申请, or why it cannot be sent yet. */
@Route(value = "applications/:id/check", layout = MainLayout.class)
@AnonymousAllowed
class CheckAnswersView extends Div implements BeforeEnterObserver, HasDynamicTitle, TransactionPage {

    private final ApplicationService applications;
    private final Announcer announcer;
    private @Nullable ApplicationDetails details;

    CheckAnswersView(ApplicationService applications, Announcer announcer) {
        this.applications = applications;
        this.announcer = announcer;
        addClassNames("application-page", "check-answers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = ApplicationPage.loadOpenForAnswers(event, applications);
        if (found.isEmpty()) {
            return;
        }
        var loaded = found.get();
        var application = loaded.application();
        var incomplete = loaded.form().firstIncompleteStep(application.answers(), applications.today());
        if (incomplete.isPresent()) {
            event.forwardTo(ApplyRoutes.step(application.id(), incomplete.get().id()));
            return;
        }
        show(loaded, null);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("application.check.heading"));
    }

    private void show(ApplicationDetails loaded, @Nullable String problem) {
        removeAll();
        details = loaded;
        var application = loaded.application();
        var answers = application.answers();
        var last = loaded.form().shownSteps(answers).getLast();
        var back = new Anchor(ApplyRoutes.step(application.id(), last.id()), getTranslation("application.back"));
        back.addClassName("back-link");
        var caption = new Paragraph(ApplicationPage.caption(this, loaded));
        caption.addClassName("application-caption");
        add(back, caption, new PageHeading(getTranslation("application.check.heading")));
        if (problem != null) {
            add(new Notice(problem));
        }
        add(new AnswerList(loaded.form(), answers, step -> ApplyRoutes.stepFromCheck(application.id(), step),
                document -> DocumentAnswer.of(this, applications, application.id(), document)));

        add(new H2(getTranslation("application.check.send")));
        if (application.isDraft() && !loaded.offer().isOpenOn(applications.today())) {
            // Said before the person presses anything; the draft stays so nothing typed is lost.
            var closed = new Notice(getTranslation("application.check.closed",
                    loaded.offer().title().in(getLocale())));
            closed.setId("offer-closed");
            add(closed, new Paragraph(new Anchor(ApplyRoutes.mine(), getTranslation("application.mine.link"))));
            return;
        }
        switch (loaded.permission()) {
            case SubmitPermission.AwaitingConsent awaiting -> {
                var notice = new Notice(getTranslation("application.consent.awaiting", loaded.personName()));
                notice.setId("consent-awaiting");
                add(notice, new Paragraph(getTranslation("application.consent.what-to-do")),
                        new Paragraph(new Anchor(ApplyRoutes.mine(), getTranslation("application.mine.link"))));
            }
            default -> {
                add(new Paragraph(getTranslation("application.check.declaration")));
                var submit = new Button(getTranslation("application.check.submit"), e -> submit());
                submit.addThemeVariants(ButtonVariant.PRIMARY);
                submit.setId("submit");
                // A double tap sends one request; the service makes any further one harmless too.
                submit.setDisableOnClick(true);
                var actions = new Div(submit);
                actions.addClassName("form-actions");
                add(actions);
            }
        }
    }

    private void submit() {
        var loaded = details;
        if (loaded == null) {
            return;
        }
        long id = loaded.id();
        switch (applications.submit(id, loaded.application().version())) {
            case SubmitOutcome.Submitted s -> UI.getCurrent().navigate(ApplyRoutes.confirmation(id));
            case SubmitOutcome.AlreadySubmitted s -> UI.getCurrent().navigate(ApplyRoutes.confirmation(id));
            case SubmitOutcome.Incomplete incomplete ->
                    UI.getCurrent().navigate(ApplyRoutes.stepFromCheck(id, incomplete.stepId()));
            case SubmitOutcome.ConsentAwaited c -> reload(id, "application.consent.awaiting.short");
            case SubmitOutcome.Conflict c -> reload(id, "application.check.changed");
            case SubmitOutcome.OfferClosed c -> reload(id, "application.check.closed.short");
        }
    }

    private void reload(long id, String messageKey) {
        var message = getTranslation(messageKey);
        applications.find(id).ifPresent(fresh -> show(fresh, message));
        announcer.announce(message);
    }
}
