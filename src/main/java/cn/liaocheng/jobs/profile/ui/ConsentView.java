package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.profile.ConfirmOutcome;
import cn.liaocheng.jobs.profile.ConsentCodeOutcome;
import cn.liaocheng.jobs.profile.ConsentState;
import cn.liaocheng.jobs.profile.HelpedPerson;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.RouteIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Step 2 of 2: the person's consent. A code goes to the person's own phone (SMS or a voice call, for people who cannot
 * read a message); the person reads it out and the helper types it in. Without a phone, staff confirm in person.
 */
@Route(value = "helping/:helpId/consent", layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class ConsentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final RadioButtonGroup<Delivery> delivery = new RadioButtonGroup<>();
    final TextField code = new TextField();
    final Paragraph sent = new Paragraph();

    private final HelpingService helping;
    private final Announcer announcer;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private String heading = "";
    private long helpId;

    ConsentView(HelpingService helping, Announcer announcer, Clock clock) {
        this.helping = helping;
        this.announcer = announcer;
        this.clock = clock;
        addClassName("consent");
    }

    static String route(long helpId) {
        return "helping/" + helpId + "/consent";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var person = RouteIds.of(event, "helpId").flatMap(helping::helping)
                .orElseThrow(NotFoundException::new);
        helpId = person.helpId();
        show(person);
    }

    private void show(HelpedPerson person) {
        removeAll();
        heading = t(this, "profile.consent.heading", person.name());
        var back = new Anchor(HelpingView.ROUTE, t(this, "profile.helping.back"));
        back.addClassName("back-link");
        var step = new Paragraph(t(this, "profile.step", 2, 2));
        step.addClassName("step-indicator");
        add(back, step, new PageHeading(heading), errorSummary);
        if (person.consent() != ConsentState.AWAITING) {
            add(new Notice(t(this, person.consent().messageKey())));
            return;
        }
        add(new Paragraph(t(this, "profile.consent.intro", person.name())));
        var inPerson = new Section(new H2(t(this, "profile.consent.in-person.heading")),
                new Paragraph(t(this, "profile.consent.in-person.text")));
        if (person.phone() == null) {
            add(new Paragraph(t(this, "profile.consent.no-phone")), inPerson);
            return;
        }
        delivery.setLabel(t(this, "profile.consent.delivery"));
        delivery.setId("consent-delivery");
        delivery.setItems(Delivery.values());
        delivery.setItemLabelGenerator(d -> t(this, "profile.consent.delivery." + d.name().toLowerCase(java.util.Locale.ROOT)));
        delivery.setValue(Delivery.SMS);
        var send = new Button(t(this, "profile.consent.send"), e -> send());
        send.setId("consent-send");
        sent.setId("consent-sent");
        sent.setVisible(false);
        var sendSection = new Section(new H2(t(this, "profile.consent.send.heading", person.phone().masked())),
                delivery, send, sent);
        sendSection.addClassName("profile-group");

        code.setLabel(t(this, "profile.consent.code"));
        code.setHelperText(t(this, "profile.consent.code.hint", person.name()));
        code.setId("consent-code");
        code.setMaxLength(20);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        var confirm = new Button(t(this, "profile.consent.confirm"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("consent-confirm");
        var actions = new Div(confirm);
        actions.addClassName("form-actions");
        var codeSection = new Section(new H2(t(this, "profile.consent.code.heading")), code, actions);
        codeSection.addClassName("profile-group");
        add(sendSection, codeSection, inPerson);
    }

    private void send() {
        var outcome = helping.sendConsentCode(helpId, delivery.getValue() == null ? Delivery.SMS : delivery.getValue());
        var message = switch (outcome) {
            case ConsentCodeOutcome.Sent(var expiresAt) -> t(this, "profile.consent.sent",
                    TIME.format(expiresAt.atZone(clock.getZone())));
            case ConsentCodeOutcome.TooSoon(var retryAt) -> t(this, "profile.consent.too-soon",
                    TIME.format(retryAt.atZone(clock.getZone())));
            case ConsentCodeOutcome.LimitReached(var retryAt) -> t(this, "profile.consent.limit",
                    TIME.format(retryAt.atZone(clock.getZone())));
            case ConsentCodeOutcome.NoPhone none -> t(this, "profile.consent.no-phone");
            case ConsentCodeOutcome.NotFound gone -> t(this, "profile.consent.gone");
        };
        sent.setText(message);
        sent.setVisible(true);
        announcer.announce(message);
    }

    private void confirm() {
        var typed = code.getValue();
        if (typed.isBlank()) {
            errorSummary.show(List.of(new FieldError(code, t(this, "profile.consent.code.missing"))));
            return;
        }
        switch (helping.confirmByCode(helpId, typed)) {
            case ConfirmOutcome.Confirmed ok -> {
                errorSummary.clear();
                announcer.announce(t(this, "profile.consent.confirmed-notice"));
                UI.getCurrent().navigate(HelpingView.ROUTE, QueryParameters.of(HelpingView.CONFIRMED, "1"));
            }
            case ConfirmOutcome.Wrong(var left) ->
                    errorSummary.show(List.of(new FieldError(code, t(this, "profile.consent.code.wrong", left))));
            case ConfirmOutcome.NeedsNewCode again ->
                    errorSummary.show(List.of(new FieldError(code, t(this, "profile.consent.code.new"))));
            case ConfirmOutcome.TryLater(var retryAt) -> errorSummary.show(List.of(new FieldError(code,
                    t(this, "profile.consent.code.try-later", TIME.format(retryAt.atZone(clock.getZone()))))));
            case ConfirmOutcome.NotFound gone ->
                    errorSummary.show(List.of(new FieldError(code, t(this, "profile.consent.gone"))));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(heading);
    }
}
