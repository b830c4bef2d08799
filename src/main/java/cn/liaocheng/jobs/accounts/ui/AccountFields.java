package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.DisplayName;
import cn.liaocheng.jobs.accounts.PasswordPolicy;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;

/**
 * The fields every account page shares, with visible labels, hints and the autocomplete tokens that let phones and
 * password managers fill them in (and a one-time code be taken straight from the SMS).
 */
final class AccountFields {

    private AccountFields() {
    }

    private static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    static TextField phone(String id) {
        var field = new TextField(t("account.field.phone"));
        field.setId(id);
        field.setHelperText(t("account.field.phone.hint"));
        field.setAutocomplete(Autocomplete.TEL);
        field.getElement().setAttribute("inputmode", "tel");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static TextField code(String id) {
        var field = new TextField(t("account.field.code"));
        field.setId(id);
        field.setHelperText(t("account.field.code.hint", VerificationCodes.LENGTH));
        // Not in Vaadin's Autocomplete enum; lets phones offer the code from the SMS.
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    static TextField displayName(String id) {
        var field = new TextField(t("account.field.name"));
        field.setId(id);
        field.setHelperText(t("account.field.name.hint", DisplayName.MAX_LENGTH));
        field.setAutocomplete(Autocomplete.NAME);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** A new password: paste allowed, shown on request by the field's own reveal button (a real, labelled button). */
    static PasswordField newPassword(String id, String labelKey) {
        var field = password(id, labelKey, Autocomplete.NEW_PASSWORD);
        field.setHelperText(t("account.field.new-password.hint", PasswordPolicy.MIN_LENGTH));
        return field;
    }

    static PasswordField currentPassword(String id, String labelKey) {
        return password(id, labelKey, Autocomplete.CURRENT_PASSWORD);
    }

    private static PasswordField password(String id, String labelKey, Autocomplete autocomplete) {
        var field = new PasswordField(t(labelKey));
        field.setId(id);
        field.setAutocomplete(autocomplete);
        field.setRevealButtonVisible(true);
        field.getElement().setPropertyMap("i18n", Map.of("reveal", t("account.field.password.reveal")));
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** SMS, or a voice call that reads the code out for people who cannot read a text message. */
    static RadioButtonGroup<Delivery> delivery() {
        var group = new RadioButtonGroup<Delivery>(t("account.field.delivery"));
        group.setId("delivery");
        group.setItems(Delivery.values());
        group.setItemLabelGenerator(d -> t("account.field.delivery." + d.name().toLowerCase(Locale.ROOT)));
        group.setValue(Delivery.SMS);
        return group;
    }
}
