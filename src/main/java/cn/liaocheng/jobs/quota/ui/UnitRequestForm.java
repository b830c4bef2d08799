package cn.liaocheng.jobs.quota.ui;

import static cn.liaocheng.jobs.quota.ui.QuotaTexts.t;

import cn.liaocheng.jobs.quota.EmployerUnits;
import cn.liaocheng.jobs.quota.RequestOutcome;
import cn.liaocheng.jobs.quota.UnitKind;
import cn.liaocheng.jobs.quota.UnitRequest;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 申请成为用人单位填报人: the unit's name, credit code, county and kind, and the person's position there. */
class UnitRequestForm extends Composite<Section> {

    private final EmployerUnits units;
    private final Runnable requested;
    final ErrorSummary errorSummary = new ErrorSummary();
    final TextField name = new TextField(t("quota.request.name"));
    final TextField creditCode = new TextField(t("quota.request.code"));
    final Select<County> county = QuotaTexts.countySelect("unit-county", t("quota.request.county"));
    final RadioButtonGroup<UnitKind> kind = new RadioButtonGroup<>(t("quota.request.kind"));
    final Checkbox school = new Checkbox(t("quota.request.school"));
    final TextField position = new TextField(t("quota.request.position"));
    final Button submit = new Button(t("quota.request.submit"));

    UnitRequestForm(EmployerUnits units, Runnable requested) {
        this.units = units;
        this.requested = requested;
        var heading = new H2(t("quota.request.heading"));
        heading.setId("unit-request-heading");
        name.setId("unit-name");
        name.setHelperText(t("quota.request.name.hint"));
        name.setAutocomplete(Autocomplete.ORGANIZATION);
        name.setRequiredIndicatorVisible(true);
        creditCode.setId("unit-credit-code");
        creditCode.setHelperText(t("quota.request.code.hint"));
        creditCode.setAutocomplete(Autocomplete.OFF);
        creditCode.setRequiredIndicatorVisible(true);
        county.setHelperText(t("quota.request.county.hint"));
        kind.setId("unit-kind");
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> t(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        school.setId("unit-school");
        school.setVisible(false);
        kind.addValueChangeListener(e -> school.setVisible(e.getValue() == UnitKind.PUBLIC_INSTITUTION));
        position.setId("unit-position");
        position.setHelperText(t("quota.request.position.hint"));
        position.setAutocomplete(Autocomplete.ORGANIZATION_TITLE);
        position.setRequiredIndicatorVisible(true);
        submit.setId("unit-request-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> send());
        getContent().addClassName("account-form");
        getContent().getElement().setAttribute("aria-labelledby", "unit-request-heading");
        getContent().add(heading, errorSummary, name, creditCode, county, kind, school, position, submit);
    }

    private void send() {
        var missing = new ArrayList<FieldError>();
        if (county.getValue() == null) {
            missing.add(new FieldError(county, t("quota.request.county.missing")));
        }
        if (kind.getValue() == null) {
            missing.add(new FieldError(kind, t("quota.request.kind.missing")));
        }
        var typed = new UnitRequest(name.getValue(), creditCode.getValue(),
                county.getValue() == null ? County.CITYWIDE : county.getValue(),
                kind.getValue() == null ? UnitKind.OTHER : kind.getValue(), school.getValue(), position.getValue());
        var fields = Map.of("name", name, "creditCode", creditCode, "position", position);
        // The service checks the texts; the two choices are checked here, as the service takes a chosen value.
        var problems = new ArrayList<>(QuotaTexts.errors(EmployerUnits.problems(typed), fields, name));
        problems.addAll(missing);
        if (!problems.isEmpty()) {
            errorSummary.show(order(problems));
            return;
        }
        switch (units.request(typed)) {
            case RequestOutcome.Requested r -> {
                errorSummary.clear();
                requested.run();
            }
            case RequestOutcome.Invalid(var found) -> errorSummary.show(QuotaTexts.errors(found, fields, name));
            case RequestOutcome.AlreadyRequested a -> requested.run();
            case RequestOutcome.HoldsApplicantData h ->
                    errorSummary.show(List.of(new FieldError(name, t("quota.request.holds-applicant-data"))));
        }
    }

    /** In the order of the fields on the page. */
    private List<FieldError> order(List<FieldError> problems) {
        var order = List.of(name, creditCode, county, kind, position);
        return problems.stream().sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.field()))).toList();
    }
}
