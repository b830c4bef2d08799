package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.InPersonOutcome;
import cn.liaocheng.jobs.profile.PendingHelpRequest;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 当面确认代办 ({@code /staff/helpers}): a caseworker or city administrator finds a helper's request that waits for
 * the person's consent, by the person's phone typed in a form (never in the address) or from the list of their
 * county's requests, and records "本人已当面确认" with the day and the place. The chosen request stays in the view,
 * not in the address. Who may see which request is the service's rule (decision 0004).
 */
@Route(value = ConsentInPersonView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class ConsentInPersonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/helpers";
    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private final HelpingService helping;
    private final Announcer announcer;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div status = new Div();
    final TextField phone = new TextField();
    final Checkbox confirmed = new Checkbox();
    final DatePartsField on;
    final TextField place = new TextField();
    private @Nullable List<PendingHelpRequest> found;
    private @Nullable PendingHelpRequest chosen;

    ConsentInPersonView(HelpingService helping, Announcer announcer, Clock clock) {
        this.helping = helping;
        this.announcer = announcer;
        this.clock = clock;
        addClassName("consent-in-person");
        status.setId("consent-in-person-status");
        phone.setLabel(t(this, "consent.in-person.phone"));
        phone.setHelperText(t(this, "consent.in-person.phone.hint"));
        phone.setId("consent-phone");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "off");
        confirmed.setLabel(t(this, "consent.in-person.confirmed"));
        confirmed.setId("consent-confirmed");
        on = new DatePartsField(t(this, "consent.in-person.date"));
        on.setId("consent-date");
        place.setLabel(t(this, "consent.in-person.place"));
        place.setHelperText(t(this, "consent.in-person.place.hint"));
        place.setId("consent-place");
        place.setMaxLength(HelpingService.MAX_PLACE_LENGTH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        found = null;
        chosen = null;
        showLists();
    }

    private void showLists() {
        removeAll();
        var back = new Anchor("staff", t(this, "staff.back-to-home"));
        back.setId("back-to-staff-home");
        add(new Paragraph(back), new PageHeading(t(this, "consent.in-person.heading")), status,
                new Paragraph(t(this, "consent.in-person.intro")), errorSummary);

        var search = new Button(t(this, "consent.in-person.search"), e -> search());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.setId("consent-search");
        var form = new Div(phone, search);
        form.addClassName("account-form");
        var bySearch = section("consent-search-heading", t(this, "consent.in-person.search.heading"), form);
        if (found != null) {
            bySearch.add(found.isEmpty() ? new Paragraph(t(this, "consent.in-person.search.none"))
                    : requests("consent-found", found));
        }
        add(bySearch);

        var pending = helping.pendingInMyCounty();
        add(section("consent-county-heading", t(this, "consent.in-person.county.heading"),
                pending.isEmpty() ? new Paragraph(t(this, "consent.in-person.county.none"))
                        : requests("consent-county", pending)));
    }

    private void search() {
        switch (PhoneNumber.parse(phone.getValue())) {
            case PhoneNumber.Valid(var number) -> {
                errorSummary.clear();
                found = helping.pendingForPhone(number);
                showLists();
                var text = found.isEmpty() ? t(this, "consent.in-person.search.none")
                        : t(this, "consent.in-person.search.found", found.size());
                announcer.announce(text);
            }
            case PhoneNumber.Invalid(var reason) ->
                    errorSummary.show(List.of(new FieldError(phone, ProfileText.phoneProblem(this, reason))));
        }
    }

    private UnorderedList requests(String id, List<PendingHelpRequest> requests) {
        var list = new UnorderedList();
        list.setId(id);
        list.addClassName("pending-requests");
        for (var request : requests) {
            var item = new ListItem();
            item.addClassName("pending-request");
            var name = new H3(request.personName());
            item.add(name, details(request));
            var choose = new Button(t(this, "consent.in-person.choose"), e -> choose(request));
            // Several buttons read the same; the name tells them apart for screen readers and voice control.
            choose.setAriaLabel(t(this, "consent.in-person.choose.for", request.personName()));
            choose.setId(id + "-choose-" + request.helpId());
            item.add(choose);
            list.add(item);
        }
        return list;
    }

    private DescriptionList details(PendingHelpRequest request) {
        var list = new DescriptionList();
        term(list, "consent.in-person.helper", t(this, "consent.in-person.helper.as", request.helperName(),
                t(this, request.relationship().messageKey())));
        term(list, "consent.in-person.person-phone", request.personPhone() == null
                ? t(this, "consent.in-person.person-phone.none") : request.personPhone().masked());
        term(list, "consent.in-person.county", request.county() == null ? t(this, "consent.in-person.county.unknown")
                : t(this, request.county().messageKey()));
        term(list, "consent.in-person.requested", request.requestedAt().atZone(LIAOCHENG).toLocalDate().toString());
        if (request.numbersTyped()) {
            term(list, "consent.in-person.numbers", t(this, "consent.in-person.numbers.typed"));
        }
        return list;
    }

    private static void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
    }

    private void choose(PendingHelpRequest request) {
        // Read again: it may have been confirmed or withdrawn since the list was shown.
        var now = helping.pendingRequest(request.helpId());
        if (now.isEmpty()) {
            gone();
            return;
        }
        chosen = now.get();
        errorSummary.clear();
        confirmed.setValue(false);
        on.setValue(LocalDate.now(clock.withZone(LIAOCHENG)));
        place.clear();
        showForm(chosen);
    }

    private void showForm(PendingHelpRequest request) {
        removeAll();
        var heading = new H2(t(this, "consent.in-person.form.heading", request.personName()));
        heading.setId("consent-form-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        var submit = new Button(t(this, "consent.in-person.submit"), e -> submit(request));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("consent-submit");
        var cancel = new Button(t(this, "consent.in-person.cancel"), e -> {
            chosen = null;
            errorSummary.clear();
            showLists();
        });
        cancel.setId("consent-cancel");
        var actions = new Div(submit, cancel);
        actions.addClassName("form-actions");
        var form = new Div(confirmed, on, place, actions);
        form.addClassName("account-form");
        var section = new Section(heading, details(request),
                new Paragraph(t(this, "consent.in-person.form.check")), errorSummary, form);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(new PageHeading(t(this, "consent.in-person.heading")), status, section);
        heading.getElement().executeJs("this.focus()");
    }

    private void submit(PendingHelpRequest request) {
        var problems = new ArrayList<FieldError>();
        if (!confirmed.getValue()) {
            problems.add(new FieldError(confirmed, t(this, "consent.in-person.error.not-confirmed")));
        }
        // A half-typed date is the field's own problem; the service then sees no date and its message is not shown.
        var dateProblem = on.problemMessage();
        dateProblem.ifPresent(message -> problems.add(new FieldError(on, message)));
        if (!problems.isEmpty()) {
            // Check the place too, so that every problem is listed at once.
            if (place.getValue().isBlank()) {
                problems.add(new FieldError(place, t(this, InPersonOutcome.Problem.PLACE_MISSING.messageKey())));
            }
            errorSummary.show(problems);
            return;
        }
        switch (helping.confirmInPerson(request.helpId(), on.getValue(), place.getValue())) {
            case InPersonOutcome.Confirmed c -> {
                chosen = null;
                found = null;
                phone.clear();
                errorSummary.clear();
                showLists();
                var text = t(this, "consent.in-person.recorded", request.personName(), request.helperName());
                status.add(new Notice(text));
                announcer.announce(text);
            }
            case InPersonOutcome.NotFound n -> gone();
            case InPersonOutcome.Invalid(var wrong) -> errorSummary.show(wrong.stream()
                    .map(p -> new FieldError(p.aboutDate() ? on : place, t(this, p.messageKey()))).toList());
        }
    }

    /** The request was confirmed, withdrawn or moved out of reach meanwhile. */
    private void gone() {
        chosen = null;
        errorSummary.clear();
        if (found != null) {
            var number = PhoneNumber.parse(phone.getValue());
            found = number instanceof PhoneNumber.Valid(var valid) ? helping.pendingForPhone(valid) : List.of();
        }
        showLists();
        var text = t(this, "consent.in-person.gone");
        status.add(new Notice(text));
        announcer.announce(text);
    }

    private Section section(String id, String heading, Component... content) {
        var h2 = new H2(heading);
        h2.setId(id);
        var section = new Section(h2);
        section.add(content);
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "consent.in-person.heading"));
    }
}
