package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.profile.ProfileDetails;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.Notice;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The disability and health part of 我的资料: first why, what and who, then a separate consent that is never ticked
 * for the person, and only then (GOV.UK's conditional reveal) the ID and certificate numbers and support needs.
 * Stored numbers are never filled back in: the hint shows them masked and an empty field keeps them.
 */
class SensitiveDataFields extends Composite<Section> {

    final Checkbox consent = new Checkbox();
    final Notice consentWithdrawal = new Notice("");
    final Div revealed = new Div();
    final TextField residentId = new TextField();
    final TextField certificate = new TextField();
    final Paragraph derived = new Paragraph();
    final CheckboxGroup<SupportNeed> supportNeeds = new CheckboxGroup<>();

    private final LocalDate today;
    private boolean hadConsent;
    private @Nullable DisabilityCategory storedCategory;
    private @Nullable Integer storedGrade;

    /** What was read: the numbers (null = keep what is stored) and the needs, only with consent. */
    record Values(boolean consent, @Nullable ResidentIdNumber residentId,
            @Nullable DisabilityCertificateNumber certificate, Set<SupportNeed> supportNeeds) {
    }

    SensitiveDataFields(LocalDate today) {
        this.today = today;
        var section = getContent();
        section.addClassName("profile-group");
        var explanation = new UnorderedList(
                new ListItem(t(this, "profile.consent.why")),
                new ListItem(t(this, "profile.consent.what")),
                new ListItem(t(this, "profile.consent.who")),
                new ListItem(t(this, "profile.consent.withdraw")));
        consent.setLabel(t(this, "profile.consent.checkbox"));
        consent.setId("profile-consent");
        consent.addValueChangeListener(e -> showState());
        consentWithdrawal.setText(t(this, "profile.consent.unticked-deletes"));

        residentId.setLabel(t(this, "profile.id"));
        residentId.setHelperText(t(this, "profile.id.hint"));
        residentId.setId("profile-id");
        residentId.setMaxLength(40);
        residentId.getElement().setAttribute("autocomplete", "off");
        certificate.setLabel(t(this, "profile.certificate"));
        certificate.setHelperText(t(this, "profile.certificate.hint"));
        certificate.setId("profile-certificate");
        certificate.setMaxLength(40);
        certificate.getElement().setAttribute("autocomplete", "off");
        certificate.addValueChangeListener(e -> showDerived());
        derived.addClassName("profile-derived");
        derived.setId("profile-derived");
        supportNeeds.setLabel(t(this, "profile.support"));
        supportNeeds.setId("profile-support");
        supportNeeds.setItems(SupportNeed.values());
        supportNeeds.setItemLabelGenerator(need -> t(this, need.messageKey()));
        revealed.addClassName("profile-sensitive");
        revealed.add(residentId, certificate, derived, supportNeeds);

        section.add(new H2(t(this, "profile.section.sensitive")), explanation, consent, consentWithdrawal, revealed);
        showState();
        showDerived();
    }

    void show(ProfileDetails details) {
        hadConsent = details.hasSensitiveConsent();
        consent.setValue(hadConsent);
        if (!details.maskedResidentId().isEmpty()) {
            residentId.setHelperText(t(this, "profile.id.stored", details.maskedResidentId()));
        }
        if (!details.maskedCertificate().isEmpty()) {
            certificate.setHelperText(t(this, "profile.certificate.stored", details.maskedCertificate()));
        }
        storedCategory = details.category();
        storedGrade = details.grade();
        supportNeeds.setValue(details.supportNeeds());
        showState();
        showDerived();
    }

    private void showState() {
        revealed.setVisible(consent.getValue());
        consentWithdrawal.setVisible(hadConsent && !consent.getValue());
    }

    /** Category and grade come from the certificate number: shown as soon as it reads, never asked separately. */
    private void showDerived() {
        var typed = certificate.getValue();
        String text = "";
        if (!typed.isBlank() && DisabilityCertificateNumber.parse(typed, null, today)
                instanceof DisabilityCertificateNumber.Valid(var number)) {
            text = ProfileText.categoryAndGrade(this, number.category(), number.grade());
        } else if (typed.isBlank() && storedCategory != null && storedGrade != null) {
            text = ProfileText.categoryAndGrade(this, storedCategory, storedGrade);
        }
        derived.setText(text.isEmpty() ? "" : t(this, "profile.derived", text));
        derived.setVisible(!text.isEmpty());
    }

    /** Adds problems to {@code errors} in field order; without consent nothing of this part is read. */
    Values read(List<FieldError> errors) {
        if (!consent.getValue()) {
            return new Values(false, null, null, Set.of());
        }
        ResidentIdNumber id = null;
        DisabilityCertificateNumber cert = null;
        if (!residentId.getValue().isBlank()) {
            switch (ResidentIdNumber.parse(residentId.getValue(), today)) {
                case ResidentIdNumber.Valid(var number) -> id = number;
                case ResidentIdNumber.Invalid(var reason) ->
                        errors.add(new FieldError(residentId, ProfileText.idProblem(this, reason)));
            }
        }
        if (!certificate.getValue().isBlank()) {
            switch (DisabilityCertificateNumber.parse(certificate.getValue(), id, today)) {
                case DisabilityCertificateNumber.Valid(var number) -> cert = number;
                case DisabilityCertificateNumber.Invalid(var reason, var idReason) -> errors.add(
                        new FieldError(certificate, ProfileText.certificateProblem(this, reason, idReason)));
            }
        }
        return new Values(true, id, cert, supportNeeds.getValue());
    }
}
