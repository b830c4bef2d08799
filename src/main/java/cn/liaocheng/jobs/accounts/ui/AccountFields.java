package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.DisplayName;
import cn.liaocheng.jobs.accounts.PasswordPolicy;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shell.NativePasswordField;
import cn.liaocheng.jobs.shell.NativeRadioGroup;
import cn.liaocheng.jobs.shell.NativeTextField;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;

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

    static NativeTextField phone(String id) {
        var field = new NativeTextField(id, t("account.field.phone"));
        field.setHint(t("account.field.phone.hint"));
        field.inputElement().setAttribute("type", "tel");
        field.inputElement().setAttribute("autocomplete", "tel");
        field.inputElement().setAttribute("inputmode", "tel");
        field.setRequired(true);
        return field;
    }

    static NativeTextField code(String id) {
        var field = new NativeTextField(id, t("account.field.code"));
        field.setHint(t("account.field.code.hint", VerificationCodes.LENGTH));
        // Lets phones offer the code from the SMS.
        field.inputElement().setAttribute("autocomplete", "one-time-code");
        field.inputElement().setAttribute("inputmode", "numeric");
        field.setRequired(true);
        return field;
    }

    static NativeTextField displayName(String id) {
        var field = new NativeTextField(id, t("account.field.name"));
        field.setHint(t("account.field.name.hint", DisplayName.MAX_LENGTH));
        field.inputElement().setAttribute("autocomplete", "name");
        field.setRequired(true);
        return field;
    }

    /** A new password: paste allowed, shown on request by its own reveal button (a real, labelled button). */
    static NativePasswordField newPassword(String id, String labelKey) {
        var field = password(id, labelKey, "new-password");
        field.setHint(t("account.field.new-password.hint", PasswordPolicy.MIN_LENGTH));
        return field;
    }

    static NativePasswordField currentPassword(String id, String labelKey) {
        return password(id, labelKey, "current-password");
    }

    private static NativePasswordField password(String id, String labelKey, String autocomplete) {
        var field = new NativePasswordField(id, t(labelKey), autocomplete, t("account.field.password.reveal"));
        field.setRequired(true);
        return field;
    }

    /** SMS, or a voice call that reads the code out for people who cannot read a text message. */
    static NativeRadioGroup<Delivery> delivery() {
        var group = new NativeRadioGroup<Delivery>("delivery", t("account.field.delivery"), List.of(Delivery.values()),
                d -> d.name().toLowerCase(Locale.ROOT),
                d -> t("account.field.delivery." + d.name().toLowerCase(Locale.ROOT)));
        group.setId("delivery");
        group.setValue(Delivery.SMS);
        return group;
    }
}
