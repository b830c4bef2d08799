package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.AccessibilityFeature;
import cn.liaocheng.jobs.catalogue.OfferEdit;
import cn.liaocheng.jobs.catalogue.OfferEdit.Bilingual;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferProblem;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.OfferTextField;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The offer edit form: every field of the public page, grouped in sections with headings so that a long form stays
 * usable on a phone and in 关怀版. Each text has a Chinese field (required where the page needs it) and an English
 * one (optional). Field keys are those of {@link OfferProblem#field()}, so the service's problems land at the field.
 */
class OfferForm extends Div {

    private final OfferKind kind;
    /** Every field by its problem key, in page order: the error summary lists problems in this order. */
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<OfferTextField, TextPair> texts = new EnumMap<>(OfferTextField.class);
    final Select<OfferSubtype> subtype = new Select<>();
    final Select<County> county = new Select<>();
    final TextField planMeasure = new TextField();
    final TextField contactPhone = new TextField();
    final TextField seatsTotal = number("seats-total");
    final TextField spaceSqm = number("space");
    final TextField amountMin = number("amount-min");
    final TextField amountMax = number("amount-max");
    final DatePartsField startsOn = date("starts-on");
    final DatePartsField endsOn = date("ends-on");
    final DatePartsField opensOn = date("applications-open-from");
    final DatePartsField closesOn = date("applications-close-on");
    final CheckboxGroup<DisabilityCategory> suitableFor = new CheckboxGroup<>();
    final Checkbox suitsRural = new Checkbox();
    final Checkbox suitsGraduates = new Checkbox();
    final CheckboxGroup<AccessibilityFeature> accessibility = new CheckboxGroup<>();
    final Checkbox sample = new Checkbox();

    private record TextPair(TextFieldBase<?, String> zh, TextFieldBase<?, String> en) {}

    OfferForm(OfferKind kind, List<County> counties) {
        this.kind = kind;
        addClassName("offer-form");
        subtype.setLabel(getTranslation("offer.edit.field.subtype"));
        subtype.setItems(OfferSubtype.of(kind));
        subtype.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        subtype.setEmptySelectionAllowed(true);
        subtype.setEmptySelectionCaption(getTranslation("offer.edit.choose"));
        county.setLabel(getTranslation("offer.edit.field.county"));
        county.setItems(counties);
        county.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        if (counties.size() > 1) {
            county.setEmptySelectionAllowed(true);
            county.setEmptySelectionCaption(getTranslation("offer.edit.choose"));
        }
        planMeasure.setLabel(getTranslation("offer.edit.field.plan-measure"));
        planMeasure.setHelperText(getTranslation("offer.edit.field.plan-measure.hint"));
        contactPhone.setLabel(getTranslation("offer.edit.field.contact-phone"));
        contactPhone.setHelperText(getTranslation("offer.edit.field.contact-phone.hint"));
        suitableFor.setLabel(getTranslation("offer.edit.field.suitable-for"));
        suitableFor.setItems(DisabilityCategory.values());
        suitableFor.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        suitsRural.setLabel(getTranslation("offer.suits.rural"));
        suitsGraduates.setLabel(getTranslation("offer.suits.graduates"));
        accessibility.setLabel(getTranslation("offer.edit.field.accessibility"));
        accessibility.setItems(AccessibilityFeature.values());
        accessibility.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.messageKey()));
        sample.setLabel(getTranslation("offer.edit.field.sample"));
        sample.setVisible(false);

        boolean course = kind == OfferKind.COURSE;
        add(section("about", put("subtype", subtype), put("county", county), pair(OfferTextField.TOWNSHIP),
                pair(OfferTextField.TITLE), pair(OfferTextField.SUMMARY), pair(OfferTextField.DETAILS),
                pair(OfferTextField.PROVIDER), put("plan-measure", planMeasure), put("sample", sample)));
        add(section("when", put("starts-on", startsOn), put("ends-on", endsOn), put("applications-open-from", opensOn),
                put("applications-close-on", closesOn), put("seats-total", seatsTotal)));
        seatsTotal.setHelperText(getTranslation(course ? "offer.edit.field.seats-total.course"
                : "offer.edit.field.seats-total.hint"));
        add(section("who", put("suitable-for", suitableFor), suitsRural, suitsGraduates,
                pair(OfferTextField.ELIGIBILITY)));
        add(section("venue", pair(OfferTextField.VENUE), put("accessibility", accessibility)));
        // Loans have amounts and a rate, incubation zones a floor space; other kinds leave them out.
        var rate = pair(OfferTextField.RATE);
        add(section("money", pair(OfferTextField.COST), pair(OfferTextField.SUBSIDY), put("amount-min", amountMin),
                put("amount-max", amountMax), rate, put("space", spaceSqm)));
        amountMin.setVisible(kind == OfferKind.LOAN);
        amountMax.setVisible(kind == OfferKind.LOAN);
        rate.setVisible(kind == OfferKind.LOAN);
        spaceSqm.setVisible(kind == OfferKind.INCUBATION);
        add(section("apply", pair(OfferTextField.DOCUMENTS), pair(OfferTextField.TERMS),
                pair(OfferTextField.HOW_TO_APPLY)));
        add(section("contact", pair(OfferTextField.LEAD_DEPARTMENT), pair(OfferTextField.CONTACT_NAME),
                put("contact-phone", contactPhone)));
    }

    private Section section(String key, Component... content) {
        var heading = new H2(getTranslation("offer.edit.section." + key));
        heading.setId("offer-section-" + key);
        var section = new Section(heading);
        section.add(content);
        section.addClassName("offer-form-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private <C extends Component> C put(String key, C field) {
        // "title.zh" is the problem key; an element id with a dot would read as a class in CSS selectors.
        field.setId("offer-" + key.replace('.', '-'));
        fields.put(key, field);
        return field;
    }

    private Div pair(OfferTextField field) {
        String name = getTranslation("offer.edit.field." + field.key());
        var zhLabel = getTranslation(field.required() ? "offer.edit.label.zh" : "offer.edit.label.zh.optional", name);
        var enLabel = getTranslation("offer.edit.label.en", name);
        var zhField = field.multiline() ? area(zhLabel, field) : line(zhLabel, field);
        var enField = field.multiline() ? area(enLabel, field) : line(enLabel, field);
        put(field.key() + ".zh", zhField);
        put(field.key() + ".en", enField);
        var pair = new Div(zhField, enField);
        pair.addClassName("offer-text-pair");
        texts.put(field, new TextPair(zhField, enField));
        return pair;
    }

    private static TextFieldBase<?, String> line(String label, OfferTextField field) {
        var text = new TextField(label);
        text.setMaxLength(field.maxLength());
        return text;
    }

    private static TextFieldBase<?, String> area(String label, OfferTextField field) {
        var text = new TextArea(label);
        text.setMaxLength(field.maxLength());
        return text;
    }

    private TextField number(String key) {
        var field = new TextField(getTranslation("offer.edit.field." + key));
        field.getElement().setAttribute("inputmode", "numeric");
        return field;
    }

    private DatePartsField date(String key) {
        var field = new DatePartsField(getTranslation("offer.edit.field." + key));
        field.setYearRange(2000, 2100);
        return field;
    }

    /** Fills the form from an edit; {@code sampleShown} offers the 示例数据 box only for an offer that is sample. */
    void setValue(OfferEdit edit, boolean sampleShown) {
        subtype.setValue(edit.subtype());
        county.setValue(edit.county());
        planMeasure.setValue(edit.planMeasure());
        contactPhone.setValue(edit.contactPhone());
        texts.forEach((field, pair) -> {
            pair.zh().setValue(edit.text(field).zh());
            pair.en().setValue(edit.text(field).en());
        });
        seatsTotal.setValue(text(edit.seatsTotal()));
        spaceSqm.setValue(text(edit.spaceSqm()));
        amountMin.setValue(text(edit.amountMinYuan()));
        amountMax.setValue(text(edit.amountMaxYuan()));
        startsOn.setValue(edit.startsOn());
        endsOn.setValue(edit.endsOn());
        opensOn.setValue(edit.applicationsOpenFrom());
        closesOn.setValue(edit.applicationsCloseOn());
        suitableFor.setValue(edit.suitableFor());
        suitsRural.setValue(edit.suitsRural());
        suitsGraduates.setValue(edit.suitsGraduates());
        accessibility.setValue(edit.accessibility());
        sample.setValue(edit.sample());
        sample.setVisible(sampleShown);
    }

    private static String text(@Nullable Integer number) {
        return number == null ? "" : String.valueOf(number);
    }

    /** What was typed, and what cannot even be read (not a number, half a date), keyed like the service's problems. */
    record Typed(OfferEdit edit, List<OfferProblem> unreadable) {}

    Typed value() {
        var unreadable = new ArrayList<OfferProblem>();
        var values = new EnumMap<OfferTextField, Bilingual>(OfferTextField.class);
        texts.forEach((field, pair) -> values.put(field, new Bilingual(pair.zh().getValue(), pair.en().getValue())));
        var edit = new OfferEdit(kind, subtype.getValue(), county.getValue(), planMeasure.getValue(), values,
                contactPhone.getValue(), number(amountMin, "amount-min", unreadable),
                number(amountMax, "amount-max", unreadable), number(spaceSqm, "space", unreadable),
                number(seatsTotal, "seats-total", unreadable), date(startsOn, "starts-on", unreadable),
                date(endsOn, "ends-on", unreadable), date(opensOn, "applications-open-from", unreadable),
                date(closesOn, "applications-close-on", unreadable), suitsRural.getValue(), suitsGraduates.getValue(),
                suitableFor.getValue(), accessibility.getValue(), sample.getValue());
        return new Typed(edit, unreadable);
    }

    private static @Nullable Integer number(TextField field, String key, List<OfferProblem> unreadable) {
        var typed = field.getValue().strip().replace(",", "").replace("，", "");
        var digits = new StringBuilder();
        typed.codePoints().forEach(c -> digits.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : (char) c));
        var normalised = digits.toString();
        if (normalised.isEmpty()) {
            return null;
        }
        if (!normalised.matches("[0-9]{1,9}")) {
            unreadable.add(new OfferProblem(key, "offer.edit.error.number", List.of()));
            return null;
        }
        return Integer.parseInt(normalised);
    }

    private static @Nullable LocalDate date(DatePartsField field, String key, List<OfferProblem> unreadable) {
        var problem = field.problem();
        if (problem.isPresent()) {
            unreadable.add(new OfferProblem(key, problem.get().messageKey(), List.of("2000", "2100")));
            return null;
        }
        return field.getValue();
    }

    /** The problems as errors at their fields, in page order; problems of one field after its first are dropped. */
    List<FieldError> errors(List<OfferProblem> problems) {
        var order = new ArrayList<>(fields.keySet());
        var seen = new java.util.HashSet<String>();
        return problems.stream()
                .filter(p -> fields.containsKey(p.field()))
                .sorted(Comparator.comparingInt(p -> order.indexOf(p.field())))
                .filter(p -> seen.add(p.field()))
                .map(p -> new FieldError(fields.get(p.field()),
                        getTranslation(p.messageKey(), p.arguments().toArray())))
                .toList();
    }

    /** For tests: a field by its problem key. */
    @SuppressWarnings("unchecked")
    <V> HasValue<?, V> field(String key) {
        return (HasValue<?, V>) fields.get(key);
    }
}
