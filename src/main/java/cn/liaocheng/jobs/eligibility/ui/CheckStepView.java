package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.applications.Step;
import cn.liaocheng.jobs.applications.ui.StepForm;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.eligibility.CheckerForm;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
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
import org.jspecify.annotations.Nullable;

/**
 * One question page of the checker, in the application pages' pattern (back link, "第 2 步，共 8 步", the questions,
 * errors in a summary and at the field), with the form engine's own fields. Answers go to the session on 继续.
 * A person who checks for themselves while signed in finds the pages filled in from 我的资料 and only confirms them.
 */
@Route(value = "check/:step(for|where|age|disability|household|study|work|wants)", layout = MainLayout.class)
@AnonymousAllowed
class CheckStepView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private ErrorSummary errors = new ErrorSummary();
    private @Nullable StepForm form;
    private @Nullable Step step;
    private String title = "";

    CheckStepView(CatalogueService catalogue, ProfileService profiles) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        addClassNames("checker-page", "checker-step");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = event.getRouteParameters().get("step").map(CheckRoutes::stepId).flatMap(CheckerForm::step)
                .orElseThrow(NotFoundException::new);
        var answers = CheckerAnswers.current().answers();
        var shown = CheckerForm.shownSteps(answers);
        if (!shown.contains(current)) {
            throw new NotFoundException();
        }
        // Pages are answered in order: an earlier unanswered one comes first (a bookmark, a typed address).
        var incomplete = CheckerForm.firstIncompleteStep(answers, catalogue.today());
        if (incomplete.isPresent() && shown.indexOf(incomplete.get()) < shown.indexOf(current)) {
            event.forwardTo(CheckRoutes.step(incomplete.get()));
            return;
        }
        show(current);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    private void show(Step current) {
        removeAll();
        step = current;
        errors = new ErrorSummary();
        var kept = CheckerAnswers.current();
        var answers = kept.answers();
        var shown = CheckerForm.shownSteps(answers);
        int index = shown.indexOf(current);
        title = getTranslation(current.titleKey()) + " - " + getTranslation("check.start.heading");

        var back = index == 0 ? new Anchor(CheckRoutes.START, getTranslation("check.back.start"))
                : new Anchor(CheckRoutes.step(shown.get(index - 1)), getTranslation("application.back"));
        back.addClassName("back-link");
        var indicator = new Paragraph(getTranslation("application.step.indicator", index + 1,
                CheckerForm.STEPS.size()));
        indicator.addClassName("step-indicator");
        add(back, indicator, new PageHeading(getTranslation(current.titleKey())));
        if (index > 0 && CheckerForm.forSomeoneElse(answers)) {
            var caption = new Paragraph(getTranslation("check.caption.other"));
            caption.addClassName("application-caption");
            add(caption);
        }
        if (current.questions().stream().anyMatch(q -> kept.prefilled().contains(q.id()))) {
            var notice = new Notice(getTranslation("check.prefilled"));
            notice.setId("check-prefilled");
            add(notice);
        }
        form = new StepForm(current, () -> { });
        form.show(answers);
        var next = new Button(getTranslation("check.continue"), e -> saveAndContinue());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("continue");
        var actions = new Div(next);
        actions.addClassName("form-actions");
        add(errors, form, actions);
    }

    private void saveAndContinue() {
        var typed = require(form);
        var problems = typed.problems(catalogue.today());
        // Kept even when something is wrong: going back and forth never loses what was typed.
        var kept = CheckerAnswers.current().with(typed.typed());
        if (!problems.isEmpty()) {
            kept.save();
            errors.show(problems);
            return;
        }
        errors.clear();
        boolean forWhom = require(step).id().equals("check-for");
        if (forWhom) {
            // The profile's answers are about the signed-in person: gone when the check is now for someone else.
            kept = CheckerForm.forSomeoneElse(kept.answers()) ? kept.withoutPrefilled() : withOwnProfile(kept);
        }
        kept.save();
        var answers = kept.answers();
        var shown = CheckerForm.shownSteps(answers);
        int index = shown.indexOf(require(step));
        var incomplete = CheckerForm.firstIncompleteStep(answers, catalogue.today());
        // After a change from the result page's 修改 links, straight back to the result once all is answered.
        boolean last = index == shown.size() - 1;
        UI.getCurrent().navigate(last || !forWhom && incomplete.isEmpty() ? CheckRoutes.RESULT
                : CheckRoutes.step(shown.get(index + 1)));
    }

    private CheckerAnswers withOwnProfile(CheckerAnswers kept) {
        return profiles.ownPersonId().flatMap(profiles::facts)
                .map(facts -> kept.prefilledWith(CheckerForm.fromProfile(facts))).orElse(kept);
    }

    private static <T> T require(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("the page was not set up by beforeEnter");
        }
        return value;
    }
}
