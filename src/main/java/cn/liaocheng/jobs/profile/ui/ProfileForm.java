package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.Education;
import cn.liaocheng.jobs.profile.Household;
import cn.liaocheng.jobs.profile.ProfileChanges;
import cn.liaocheng.jobs.profile.ProfileDetails;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.TypedInput;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 我的资料 as one page of small groups, each under its own heading. The disability and health part is hidden until
 * the person ticks the separate consent, which is never ticked for them; what was typed stays in the fields whatever
 * goes wrong.
 */
class ProfileForm extends Composite<Div> {

    static final int MAX_NAME = 50;

    final TextField name = new TextField();
    final TextField phone = new TextField();
    final SensitiveDataFields sensitive;
    final Select<County> county = new Select<>();
    final TextField township = new TextField();
    final RadioButtonGroup<Household> household = new RadioButtonGroup<>();
    final RadioButtonGroup<Education> education = new RadioButtonGroup<>();
    final TextField graduationYear = new TextField();
    final RadioButtonGroup<ContactPreference> contact = new RadioButtonGroup<>();

    private final LocalDate today;

    ProfileForm(LocalDate today) {
        this.today = today;
        var form = getContent();
        form.addClassName("profile-form");

        name.setLabel(t(this, "profile.name"));
        name.setId("profile-name");
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(MAX_NAME);
        phone.setLabel(t(this, "profile.phone"));
        phone.setHelperText(t(this, "profile.phone.hint"));
        phone.setId("profile-phone");
        phone.setAutocomplete(Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        var about = group("profile.section.about", name, phone);

        sensitive = new SensitiveDataFields(today);

        county.setLabel(t(this, "profile.county"));
        county.setId("profile-county");
        county.setItems(County.values());
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(t(this, "profile.choose"));
        county.setItemLabelGenerator(c -> c == null ? t(this, "profile.choose") : t(this, c.messageKey()));
        township.setLabel(t(this, "profile.township"));
        township.setHelperText(t(this, "profile.township.hint"));
        township.setId("profile-township");
        township.setMaxLength(100);
        household.setLabel(t(this, "profile.household"));
        household.setId("profile-household");
        household.setItems(Household.values());
        household.setItemLabelGenerator(h -> t(this, h.messageKey()));
        var home = group("profile.section.home", county, township, household);

        education.setLabel(t(this, "profile.education"));
        education.setId("profile-education");
        education.setItems(Education.values());
        education.setItemLabelGenerator(e -> t(this, e.messageKey()));
        education.addValueChangeListener(e -> showGraduationYear());
        graduationYear.setLabel(t(this, "profile.graduation-year"));
        graduationYear.setHelperText(t(this, "profile.graduation-year.hint"));
        graduationYear.setId("profile-graduation-year");
        graduationYear.setMaxLength(10);
        graduationYear.getElement().setAttribute("inputmode", "numeric");
        var schooling = group("profile.section.education", education, graduationYear);

        contact.setLabel(t(this, "profile.contact"));
        contact.setId("profile-contact");
        contact.setItems(ContactPreference.values());
        contact.setItemLabelGenerator(c -> t(this, c.messageKey()));
        var contactSection = group("profile.section.contact", contact);

        form.add(about, sensitive, home, schooling, contactSection);
        showGraduationYear();
    }

    private Section group(String headingKey, Component... content) {
        var heading = new H2(t(this, headingKey));
        var section = new Section(heading);
        section.add(content);
        section.addClassName("profile-group");
        return section;
    }

    /** Fills the form with what is stored; ID and certificate stay empty and the stored ones show masked. */
    void show(@Nullable ProfileDetails details, String accountName, PhoneNumber accountPhone) {
        if (details == null) {
            name.setValue(accountName);
            phone.setValue(accountPhone.value());
            return;
        }
        name.setValue(details.name());
        phone.setValue(details.phone() == null ? accountPhone.value() : details.phone().value());
        sensitive.show(details);
        county.setValue(details.county());
        township.setValue(details.township() == null ? "" : details.township());
        household.setValue(details.household());
        education.setValue(details.education());
        graduationYear.setValue(details.graduationYear() == null ? "" : details.graduationYear().toString());
        contact.setValue(details.contactPreference());
    }

    private void showGraduationYear() {
        graduationYear.setVisible(education.getValue() != null && education.getValue().isHigherEducation());
    }

    /** The changes, or the problems in the order of the fields; nothing typed is cleared either way. */
    Result read() {
        var errors = new ArrayList<FieldError>();
        var typedName = name.getValue().strip();
        if (typedName.isEmpty()) {
            errors.add(new FieldError(name, t(this, "profile.name.missing")));
        }
        PhoneNumber phoneNumber = null;
        if (!phone.getValue().isBlank()) {
            switch (PhoneNumber.parse(phone.getValue())) {
                case PhoneNumber.Valid(var number) -> phoneNumber = number;
                case PhoneNumber.Invalid(var reason) ->
                        errors.add(new FieldError(phone, ProfileText.phoneProblem(this, reason)));
            }
        }
        var sensitiveValues = sensitive.read(errors);
        Integer year = null;
        if (graduationYear.isVisible() && !graduationYear.getValue().isBlank()) {
            var digits = TypedInput.compact(graduationYear.getValue());
            int max = today.getYear() + 1;
            if (digits.matches("\\d{4}") && Integer.parseInt(digits) >= 1950 && Integer.parseInt(digits) <= max) {
                year = Integer.parseInt(digits);
            } else {
                errors.add(new FieldError(graduationYear,
                        t(this, "profile.graduation-year.invalid", "1950", String.valueOf(max))));
            }
        }
        if (contact.getValue() == null) {
            errors.add(new FieldError(contact, t(this, "profile.contact.missing")));
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        var changes = new ProfileChanges(typedName, phoneNumber, county.getValue(),
                township.getValue(), household.getValue(), education.getValue(), year, contact.getValue(),
                sensitiveValues.consent(), sensitiveValues.residentId(), sensitiveValues.certificate(),
                sensitiveValues.supportNeeds());
        return new Result(Optional.of(changes), List.of());
    }

    record Result(Optional<ProfileChanges> changes, List<FieldError> errors) {
    }
}
