package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.AddOutcome;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.NewPerson;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of 2 of adding someone to help: who they are, how the helper is related, and the phone the consent code
 * goes to. ID and certificate only if the person agreed, confirmed by a separate, unticked checkbox.
 */
@Route(value = AddPersonView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class AddPersonView extends Div implements HasDynamicTitle {

    static final String ROUTE = "helping/add";

    final TextField name = new TextField();
    final RadioButtonGroup<Relationship> relationship = new RadioButtonGroup<>();
    final TextField phone = new TextField();
    final Checkbox agreed = new Checkbox();
    final Div sensitive = new Div();
    final TextField residentId = new TextField();
    final TextField certificate = new TextField();

    private final HelpingService helping;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final LocalDate today;

    AddPersonView(HelpingService helping, Clock clock) {
        this.helping = helping;
        this.today = LocalDate.now(clock);
        addClassName("add-person");

        name.setLabel(t(this, "profile.add.name"));
        name.setId("add-name");
        name.setMaxLength(ProfileForm.MAX_NAME);
        relationship.setLabel(t(this, "profile.add.relationship"));
        relationship.setId("add-relationship");
        relationship.setItems(Relationship.values());
        relationship.setItemLabelGenerator(r -> t(this, r.messageKey()));
        phone.setLabel(t(this, "profile.add.phone"));
        phone.setHelperText(t(this, "profile.add.phone.hint"));
        phone.setId("add-phone");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.getElement().setAttribute("autocomplete", "off");

        agreed.setLabel(t(this, "profile.add.agreed"));
        agreed.setId("add-agreed");
        agreed.addValueChangeListener(e -> sensitive.setVisible(e.getValue()));
        residentId.setLabel(t(this, "profile.id"));
        residentId.setHelperText(t(this, "profile.id.hint"));
        residentId.setId("add-id");
        residentId.getElement().setAttribute("autocomplete", "off");
        certificate.setLabel(t(this, "profile.certificate"));
        certificate.setHelperText(t(this, "profile.certificate.hint"));
        certificate.setId("add-certificate");
        certificate.getElement().setAttribute("autocomplete", "off");
        sensitive.add(residentId, certificate);
        sensitive.setVisible(false);
        var optional = new Section(new H2(t(this, "profile.add.optional")),
                new Paragraph(t(this, "profile.add.optional.text")), agreed, sensitive);
        optional.addClassName("profile-group");

        var back = new Anchor(HelpingView.ROUTE, t(this, "profile.helping.back"));
        back.addClassName("back-link");
        var next = new Button(t(this, "profile.add.continue"), e -> add());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("add-continue");
        var actions = new Div(next);
        actions.addClassName("form-actions");
        var step = new Paragraph(t(this, "profile.step", 1, 2));
        step.addClassName("step-indicator");
        add(back, step, new PageHeading(t(this, "profile.add.heading")), errorSummary, name, relationship, phone,
                optional, actions);
    }

    private void add() {
        var errors = new ArrayList<FieldError>();
        var typedName = name.getValue().strip();
        if (typedName.isEmpty()) {
            errors.add(new FieldError(name, t(this, "profile.add.name.missing")));
        }
        if (relationship.getValue() == null) {
            errors.add(new FieldError(relationship, t(this, "profile.add.relationship.missing")));
        }
        PhoneNumber number = null;
        if (!phone.getValue().isBlank()) {
            switch (PhoneNumber.parse(phone.getValue())) {
                case PhoneNumber.Valid(var valid) -> number = valid;
                case PhoneNumber.Invalid(var reason) ->
                        errors.add(new FieldError(phone, ProfileText.phoneProblem(this, reason)));
            }
        }
        ResidentIdNumber id = null;
        DisabilityCertificateNumber cert = null;
        if (agreed.getValue()) {
            if (!residentId.getValue().isBlank()) {
                switch (ResidentIdNumber.parse(residentId.getValue(), today)) {
                    case ResidentIdNumber.Valid(var valid) -> id = valid;
                    case ResidentIdNumber.Invalid(var reason) ->
                            errors.add(new FieldError(residentId, ProfileText.idProblem(this, reason)));
                }
            }
            if (!certificate.getValue().isBlank()) {
                switch (DisabilityCertificateNumber.parse(certificate.getValue(), id, today)) {
                    case DisabilityCertificateNumber.Valid(var valid) -> cert = valid;
                    case DisabilityCertificateNumber.Invalid(var reason, var idReason) -> errors.add(
                            new FieldError(certificate, ProfileText.certificateProblem(this, reason, idReason)));
                }
            }
        }
        if (!errors.isEmpty()) {
            errorSummary.show(errors);
            return;
        }
        var outcome = helping.addPerson(new NewPerson(typedName, relationship.getValue(), number, agreed.getValue(),
                id, cert));
        switch (outcome) {
            case AddOutcome.Added added -> {
                errorSummary.clear();
                UI.getCurrent().navigate(ConsentView.route(added.helpId()));
            }
            case AddOutcome.OwnPhone own ->
                    errorSummary.show(List.of(new FieldError(phone, t(this, "profile.add.own-phone"))));
            case AddOutcome.AlreadyHelping already ->
                    errorSummary.show(List.of(new FieldError(phone, t(this, "profile.add.already"))));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.add.heading"));
    }
}
