package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.StartOutcome;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.profile.ConsentState;
import cn.liaocheng.jobs.profile.PersonSummary;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The start of applying online for one offer: for whom (oneself or a person one helps), then the first step. An
 * existing draft for the same person and offer is resumed instead of starting again.
 */
@Route(value = "apply/:slug([a-z0-9][a-z0-9-]{0,79})", layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT) // residents and family members; staff see applications in review
class ApplyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Where "我的资料" lives; a person without a profile fills it in before applying. */
    /** The profile form, coming back here after saving (see profile's ProfileEditView). */
    static final String PROFILE_ROUTE = "profile/edit?return=apply/";
    /** Where a helper adds the person they help (profile's 代办 pages). */
    static final String HELPING_ROUTE = "helping/add";

    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final ApplicationService applications;
    private final ErrorSummary errors = new ErrorSummary();
    private final RadioButtonGroup<PersonSummary> forWhom = new RadioButtonGroup<>();
    private String title = "";

    ApplyView(CatalogueService catalogue, ProfileService profiles, ApplicationService applications) {
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.applications = applications;
        addClassNames("application-page", "apply-start");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var offer = event.getRouteParameters().get("slug").flatMap(catalogue::findBySlug)
                .orElseThrow(NotFoundException::new);
        show(offer);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    private void show(Offer offer) {
        removeAll();
        title = getTranslation("application.start.heading", offer.title().in(getLocale()));
        var back = new Anchor("offers/" + offer.slug(), getTranslation("application.back.offer"));
        back.addClassName("back-link");
        add(back, new PageHeading(title), errors);
        if (!offer.isOpenOn(catalogue.today())) {
            add(new Notice(getTranslation("application.start.closed")));
            return;
        }
        var people = profiles.peopleICanApplyFor();
        if (people.isEmpty()) {
            var link = new Anchor(PROFILE_ROUTE + offer.slug(), getTranslation("application.start.profile.link"));
            link.addClassName("button-link");
            var helping = new Anchor(HELPING_ROUTE, getTranslation("application.start.helping.link"));
            add(new Paragraph(getTranslation("application.start.profile")), new Paragraph(link), new Paragraph(helping));
            return;
        }
        add(new Paragraph(getTranslation("application.start.intro")));
        forWhom.setLabel(getTranslation("application.start.for-whom"));
        forWhom.setHelperText(getTranslation("application.start.for-whom.hint"));
        forWhom.setItems(people);
        forWhom.setItemLabelGenerator(this::label);
        forWhom.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.HELPER_ABOVE);
        forWhom.setId("for-whom");
        if (people.size() == 1) {
            forWhom.setValue(people.getFirst());
        }
        var start = new Button(getTranslation("application.start.button"), e -> start(offer));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("start");
        var actions = new Div(start);
        actions.addClassName("form-actions");
        add(forWhom, actions);
    }

    private String label(PersonSummary person) {
        if (person.self()) {
            return getTranslation("application.start.self", person.name());
        }
        return person.consent() == ConsentState.AWAITING
                ? getTranslation("application.start.helped.awaiting", person.name())
                : getTranslation("application.start.helped", person.name());
    }

    private void start(Offer offer) {
        var person = forWhom.getValue();
        if (person == null) {
            errors.show(List.of(new ErrorSummary.FieldError(forWhom, getTranslation("application.start.for-whom.missing"))));
            return;
        }
        errors.clear();
        switch (applications.start(offer.slug(), person.personId(), StartingAnswers.about(person.self()))) {
            case StartOutcome.Started started -> {
                StartingAnswers.used();
                UI.getCurrent().navigate(ApplyRoutes.step(started.applicationId(), started.step()));
            }
            case StartOutcome.OfferClosed closed -> show(offer);
            case StartOutcome.NotFound notFound -> UI.getCurrent().navigate(ApplyRoutes.mine());
        }
    }
}
