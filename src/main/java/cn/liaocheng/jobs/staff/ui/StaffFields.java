package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.DisplayName;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;

/** The fields of the staff account forms, with visible labels and hints, and their messages. */
final class StaffFields {

    private StaffFields() {
    }

    private static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    static TextField phone() {
        var field = new TextField(t("staff.accounts.field.phone"));
        field.setId("new-staff-phone");
        field.setHelperText(t("staff.accounts.field.phone.hint"));
        // Someone else's number: no autofill with the administrator's own.
        field.setAutocomplete(Autocomplete.OFF);
        field.getElement().setAttribute("inputmode", "tel");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static TextField name() {
        var field = new TextField(t("staff.accounts.field.name"));
        field.setId("new-staff-name");
        field.setHelperText(t("staff.accounts.field.name.hint", DisplayName.MAX_LENGTH));
        field.setAutocomplete(Autocomplete.OFF);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static RadioButtonGroup<Role> role(String id) {
        var group = new RadioButtonGroup<Role>(t("staff.accounts.field.role"));
        group.setId(id);
        group.setItems(Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        group.setItemLabelGenerator(StaffTexts::role);
        group.setRequiredIndicatorVisible(true);
        return group;
    }

    /** The counties a caseworker can work for: every county and zone, not 全市. */
    static Select<County> county(String id) {
        var select = new Select<County>();
        select.setLabel(t("staff.accounts.field.county"));
        select.setId(id);
        select.setHelperText(t("staff.accounts.field.county.hint"));
        select.setItems(Arrays.stream(County.values()).filter(c -> c != County.CITYWIDE).toList());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(t("staff.accounts.field.county.choose"));
        select.setItemLabelGenerator(c -> c == null ? t("staff.accounts.field.county.choose") : t(c.messageKey()));
        return select;
    }

    static String phoneProblem(PhoneNumber.Reason reason) {
        return t("account.error.phone." + switch (reason) {
            case EMPTY -> "empty";
            case NOT_DIGITS -> "not-digits";
            case WRONG_LENGTH -> "wrong-length";
            case NOT_A_MOBILE_NUMBER -> "not-mobile";
        });
    }

    static String nameProblem(DisplayName.Reason reason) {
        return switch (reason) {
            case EMPTY -> t("staff.accounts.error.name.empty");
            case TOO_LONG -> t("account.error.name.too-long", DisplayName.MAX_LENGTH);
            case CONTROL_CHARACTERS -> t("account.error.name.control");
        };
    }
}
