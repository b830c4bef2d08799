package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.DisplayName;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.StaffChange;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** 新建员工账户: phone, name, role and (for a caseworker) county, with its own error summary. */
class NewStaffForm extends Composite<Section> {

    private final StaffAccounts staffAccounts;
    private final BiConsumer<String, PhoneNumber> created;
    private final ErrorSummary errorSummary = new ErrorSummary();
    final TextField phone = StaffFields.phone();
    final TextField name = StaffFields.name();
    final RadioButtonGroup<Role> role = StaffFields.role("new-staff-role");
    final Select<County> county = StaffFields.county("new-staff-county");

    /** {@code created} gets the new member's name and phone, for the confirmation. */
    NewStaffForm(StaffAccounts staffAccounts, BiConsumer<String, PhoneNumber> created) {
        this.staffAccounts = staffAccounts;
        this.created = created;
        var heading = new H2(getTranslation("staff.accounts.create.heading"));
        heading.setId("new-staff-heading");
        var submit = new Button(getTranslation("staff.accounts.create.submit"), e -> create());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("new-staff-submit");
        getContent().addClassNames("account-form", "new-staff");
        getContent().getElement().setAttribute("aria-labelledby", "new-staff-heading");
        getContent().add(heading, new Paragraph(getTranslation("staff.accounts.create.intro")), errorSummary, phone,
                name, role, county, submit);
    }

    private void create() {
        var problems = new ArrayList<FieldError>();
        PhoneNumber number = null;
        switch (PhoneNumber.parse(phone.getValue())) {
            case PhoneNumber.Invalid(var reason) -> problems.add(new FieldError(phone, StaffFields.phoneProblem(reason)));
            case PhoneNumber.Valid(var valid) -> number = valid;
        }
        DisplayName.problem(name.getValue())
                .ifPresent(reason -> problems.add(new FieldError(name, StaffFields.nameProblem(reason))));
        if (role.getValue() == null) {
            problems.add(new FieldError(role, getTranslation("staff.accounts.error.role")));
        } else if (role.getValue() != null && role.getValue().hasCounty() && county.getValue() == null) {
            problems.add(new FieldError(county, getTranslation("staff.accounts.error.county")));
        }
        if (!problems.isEmpty() || number == null) {
            errorSummary.show(problems);
            return;
        }
        switch (staffAccounts.create(number, name.getValue(), role.getValue(), county.getValue())) {
            case StaffChange.Saved saved -> {
                errorSummary.clear();
                created.accept(name.getValue().strip(), number);
                phone.clear();
                name.clear();
                role.clear();
                county.clear();
            }
            case StaffChange.PhoneTaken taken ->
                    errorSummary.show(List.of(new FieldError(phone, getTranslation("staff.accounts.error.phone-taken"))));
            case StaffChange.NameRefused(var reason) ->
                    errorSummary.show(List.of(new FieldError(name, StaffFields.nameProblem(reason))));
            case StaffChange.CountyRequired required ->
                    errorSummary.show(List.of(new FieldError(county, getTranslation("staff.accounts.error.county"))));
            case StaffChange.LastAdministrator last -> throw new IllegalStateException("not for a new account");
            case StaffChange.OwnAccount own -> throw new IllegalStateException("not for a new account");
            case StaffChange.NotFound notFound -> throw new IllegalStateException("not for a new account");
        }
    }
}
