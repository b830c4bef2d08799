package cn.liaocheng.jobs.quota.ui;

import cn.liaocheng.jobs.quota.Problem;
import cn.liaocheng.jobs.quota.QuotaAssessment;
import cn.liaocheng.jobs.quota.QuotaStatus;
import cn.liaocheng.jobs.shared.County;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Texts and fields the quota's pages share. */
final class QuotaTexts {

    private QuotaTexts() {}

    static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }

    /** A unit's county: 全市 reads 市直单位 here, since a unit is not the whole city. */
    static String county(County county) {
        return county == County.CITYWIDE ? t("quota.county.city-level") : t(county.messageKey());
    }

    static Select<County> countySelect(String id, String label) {
        var select = new Select<County>();
        select.setLabel(label);
        select.setId(id);
        select.setItems(County.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(t("quota.field.county.choose"));
        select.setItemLabelGenerator(c -> c == null ? t("quota.field.county.choose") : county(c));
        select.setRequiredIndicatorVisible(true);
        return select;
    }

    static TextField numberField(String id, String label, String hint) {
        var field = new TextField(label);
        field.setId(id);
        field.setHelperText(hint);
        field.getElement().setAttribute("inputmode", "numeric");
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** A whole number typed with digits only (spaces and a thousands comma forgiven); empty when blank. */
    sealed interface Typed {
        record Blank() implements Typed {}

        record Number(int value) implements Typed {}

        record NotANumber() implements Typed {}
    }

    static Typed typed(String text) {
        var cleaned = text.replaceAll("[\\s,，]", "");
        if (cleaned.isEmpty()) {
            return new Typed.Blank();
        }
        if (!cleaned.matches("\\d{1,9}")) {
            return new Typed.NotANumber();
        }
        return new Typed.Number(Integer.parseInt(cleaned));
    }

    /** The service's problems at their fields, in the order given; a problem without a field goes to {@code fallback}. */
    static List<FieldError> errors(List<Problem> problems, Map<String, ? extends Component> fields,
            Component fallback) {
        return problems.stream()
                .map(p -> new FieldError(Optional.<Component>ofNullable(fields.get(p.field())).orElse(fallback),
                        t(p.messageKey(), p.arguments())))
                .toList();
    }

    static String ratio(QuotaAssessment assessment) {
        var ratio = assessment.ratioPercent();
        return ratio == null ? t("quota.ratio.none") : t("quota.ratio.percent", ratio.toPlainString());
    }

    static String status(QuotaAssessment assessment) {
        return t(assessment.status().messageKey());
    }

    static String stillNeeded(QuotaAssessment assessment) {
        return assessment.status() == QuotaStatus.MEETS || assessment.stillNeeded() == 0 ? t("quota.needed.none")
                : t("quota.needed.people", assessment.stillNeeded());
    }
}
