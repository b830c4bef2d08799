package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.ApplicationDetails;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.SaveOutcome;
import cn.liaocheng.jobs.applications.Step;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.profile.SubmitPermission;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * One step of any application form: back link, "第 2 步，共 5 步", the step's questions, 保存并继续. What is typed is
 * saved on 继续 (even when something is still wrong, so nothing is lost) and every few seconds while typing.
 * Open to signed-out visitors only so that they get the same not-found page as for someone else's id.
 */
@Route(value = "applications/:id/step/:step([a-z][a-z0-9-]{0,29})", layout = MainLayout.class)
@AnonymousAllowed
class StepView extends Div implements BeforeEnterObserver, HasDynamicTitle, TransactionPage {

    private final ApplicationService applications;
    private final Announcer announcer;
    private final DocumentService documents;
    private final Clock clock;
    private final Paragraph draftStatus = new Paragraph();
    // New for every page shown: the view instance is reused when moving between steps.
    private ErrorSummary errors = new ErrorSummary();
    private Div conflict = new Div();
    private @Nullable StepForm form;
    private @Nullable ApplicationDetails details;
    private @Nullable Step step;
    private int version;
    private boolean returnToCheck;
    private Answers lastSaved = Answers.none();
    private String title = "";

    StepView(ApplicationService applications, Announcer announcer, DocumentService documents, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.announcer = announcer;
        this.clock = clock;
        addClassNames("application-page", "application-step");
        draftStatus.addClassName("draft-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = ApplicationPage.loadOpenForAnswers(event, applications);
        if (found.isEmpty()) {
            return;
        }
        var loaded = found.get();
        var application = loaded.application();
        var stepId = event.getRouteParameters().get("step").orElse("");
        var form = loaded.form();
        var answers = application.answers();
        if (form.step(stepId).isEmpty() || !form.step(stepId).get().isShown(answers)) {
            throw new NotFoundException();
        }
        if (!ApplyJourney.canVisit(form, answers, stepId, applications.today())) {
            event.forwardTo(ApplyRoutes.step(application.id(),
                    ApplyJourney.furthestAllowed(form, answers, applications.today()).id()));
            return;
        }
        returnToCheck = event.getLocation().getQueryParameters().getParameters().containsKey("return");
        show(loaded, form.step(stepId).get());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    private void show(ApplicationDetails loaded, Step current) {
        removeAll();
        errors = new ErrorSummary();
        conflict = new Div();
        conflict.addClassNames("notice", "conflict");
        conflict.setVisible(false);
        details = loaded;
        step = current;
        version = loaded.application().version();
        var application = loaded.application();
        var answers = application.answers();
        var formDefinition = loaded.form();
        var offerTitle = loaded.offer().title().in(getLocale());
        title = getTranslation(current.titleKey()) + " - " + offerTitle;

        var previous = ApplyJourney.previous(formDefinition, answers, current.id());
        var back = returnToCheck ? new Anchor(ApplyRoutes.check(application.id()), getTranslation("application.back.check"))
                : previous.map(p -> new Anchor(ApplyRoutes.step(application.id(), p.id()), getTranslation("application.back")))
                        .orElseGet(() -> new Anchor("offers/" + loaded.offer().slug(), getTranslation("application.back.offer")));
        back.addClassName("back-link");

        var caption = new Paragraph(ApplicationPage.caption(this, loaded));
        caption.addClassName("application-caption");
        int number = ApplyJourney.indexOf(formDefinition, answers, current.id()) + 1;
        var indicator = new Paragraph(getTranslation("application.step.indicator", number,
                formDefinition.shownSteps(answers).size()));
        indicator.addClassName("step-indicator");

        long applicationId = application.id();
        form = new StepForm(current, new QuestionField.Uploads(documents, announcer,
                id -> applications.openDocument(applicationId, id)), this::autosave);
        form.show(answers);
        lastSaved = form.typed();

        var next = new Button(getTranslation("application.continue"), e -> saveAndContinue());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("continue");
        var later = new Button(getTranslation("application.save-later"), e -> saveAndLeave());
        later.setId("save-later");
        var actions = new Div(next, later);
        actions.addClassName("form-actions");
        draftStatus.setText(getTranslation("application.draft.autosave"));
        add(back, caption, indicator, new PageHeading(getTranslation(current.titleKey())));
        if (loaded.permission() instanceof SubmitPermission.AwaitingConsent) {
            // Said before the work, not only at the end: they may fill in everything, but sending waits for consent.
            var notice = new Notice(getTranslation("application.consent.awaiting.step", loaded.personName()));
            notice.setId("consent-awaiting");
            add(notice);
        }
        add(errors, conflict, form, actions, draftStatus);
    }

    private void saveAndContinue() {
        var loaded = require(details);
        var problems = require(form).problems(applications.today());
        if (!save()) {
            return;
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        errors.clear();
        var id = loaded.id();
        var answers = require(form).merged();
        var formDefinition = loaded.form();
        var today = applications.today();
        if (returnToCheck) {
            var incomplete = formDefinition.firstIncompleteStep(answers, today);
            UI.getCurrent().navigate(incomplete.map(s -> ApplyRoutes.stepFromCheck(id, s.id()))
                    .orElse(ApplyRoutes.check(id)));
            return;
        }
        UI.getCurrent().navigate(formDefinition.stepAfter(require(step).id(), answers)
                .map(s -> ApplyRoutes.step(id, s.id())).orElse(ApplyRoutes.check(id)));
    }

    private void saveAndLeave() {
        if (save()) {
            announcer.announce(getTranslation("application.draft.saved-for-later"));
            UI.getCurrent().navigate(ApplyRoutes.mine());
        }
    }

    /** Saves while typing; quietly, with the time shown next to the buttons. */
    private void autosave() {
        if (!conflict.isVisible()) {
            save();
        }
    }

    /** @return false when the draft could not be saved and the page now says why */
    private boolean save() {
        if (conflict.isVisible()) {
            return false;
        }
        var typed = require(form).typed();
        if (typed.equals(lastSaved)) {
            return true;
        }
        var outcome = applications.save(require(details).id(), version, require(step).id(), typed);
        switch (outcome) {
            case SaveOutcome.Saved saved -> {
                version = saved.version();
                lastSaved = typed;
                require(form).saved(require(form).merged());
                draftStatus.setText(getTranslation("application.draft.saved-at",
                        LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"))));
                return true;
            }
            case SaveOutcome.Conflict c -> {
                showConflict();
                return false;
            }
            case SaveOutcome.NotADraft n -> {
                UI.getCurrent().navigate(ApplyRoutes.application(require(details).id()));
                return false;
            }
        }
    }

    private void showConflict() {
        // What this tab holds stays on the screen: the person can copy it before opening the newer version.
        conflict.removeAll();
        conflict.add(new Paragraph(getTranslation("application.conflict.text")));
        var reload = new Anchor(ApplyRoutes.step(require(details).id(), require(step).id()),
                getTranslation("application.conflict.reload"));
        reload.getElement().setAttribute("router-ignore", "");
        conflict.add(new Paragraph(reload));
        conflict.setVisible(true);
        conflict.getElement().setAttribute("tabindex", "-1");
        conflict.getElement().executeJs("this.focus()");
        announcer.announce(getTranslation("application.conflict.text"));
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the page was not set up by beforeEnter");
        }
        return value;
    }
}
