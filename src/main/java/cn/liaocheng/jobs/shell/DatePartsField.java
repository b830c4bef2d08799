package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date as three labelled text boxes, 年 / 月 / 日, in Chinese reading order. This is the pattern GOV.UK tested with
 * screen reader and voice control users; Vaadin's DatePicker has open screen reader bugs, and a calendar popup is
 * slow for someone who knows their birthday. It never throws away what was typed: when the parts are not a date the
 * value is null, the text stays, and {@link #problem()} says what is wrong so the form can say what to do.
 */
public class DatePartsField extends CustomField<LocalDate> {

    /** Why the parts are not a date; checked in this order, so the message points at the first thing to fix. */
    public enum Problem {
        NOT_A_NUMBER, MISSING_YEAR, MISSING_MONTH, MISSING_DAY, NO_SUCH_DATE, YEAR_OUT_OF_RANGE;

        /** Translation key such as {@code form.date.missing-day}; the range message takes the bounds as {0} and {1}. */
        public String messageKey() {
            return "form.date." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private record Result(@Nullable LocalDate date, @Nullable Problem problem) {
    }

    private final TextField year = part("form.date.year", "year");
    private final TextField month = part("form.date.month", "month");
    private final TextField day = part("form.date.day", "day");
    // Four digits by default: "90" is far more likely a short 1990 than the year 90.
    private int minYear = 1900;
    private int maxYear = 2100;
    private boolean filling;

    public DatePartsField(String label) {
        setLabel(label);
        setHelperText(getTranslation("form.date.hint"));
        addClassName("date-parts");
        var parts = new Div(year, month, day);
        parts.addClassName("date-parts-row");
        add(parts);
    }

    private TextField part(String labelKey, String name) {
        var field = new TextField(getTranslation(labelKey));
        field.addClassNames("date-part", "date-part-" + name);
        // No allowed-character filter: blocking keys silently confuses people; we explain instead.
        field.addValueChangeListener(e -> {
            if (!filling) {
                updateValue();
            }
        });
        // Phones show the number pad. vaadin-text-field does not pass inputmode on, so it is set on its <input> too.
        field.getElement().setAttribute("inputmode", "numeric");
        field.addAttachListener(e -> field.getElement().executeJs(
                "const i = this.inputElement || this.querySelector('input'); if (i) { i.inputMode = 'numeric'; }"));
        return field;
    }

    /** Lets the browser fill in a birthday: for a date of birth only, never for other dates. */
    public void setBirthdayAutocomplete() {
        year.setAutocomplete(Autocomplete.BDAY_YEAR);
        month.setAutocomplete(Autocomplete.BDAY_MONTH);
        day.setAutocomplete(Autocomplete.BDAY_DAY);
    }

    public void setYearRange(int min, int max) {
        minYear = min;
        maxYear = max;
        updateValue();
    }

    /** Empty when the parts form a date, or when nothing was typed (whether that is allowed is the form's rule). */
    public Optional<Problem> problem() {
        return Optional.ofNullable(evaluate().problem());
    }

    /** {@link #problem()} as a plain sentence in the page's language. */
    public Optional<String> problemMessage() {
        return problem().map(p -> getTranslation(p.messageKey(), String.valueOf(minYear), String.valueOf(maxYear)));
    }

    /** Empty only when nothing was typed: half a date is not "empty", it has a {@link #problem()}. */
    @Override
    public boolean isEmpty() {
        return text(year).isEmpty() && text(month).isEmpty() && text(day).isEmpty();
    }

    @Override
    protected @Nullable LocalDate generateModelValue() {
        return evaluate().date();
    }

    @Override
    protected void setPresentationValue(@Nullable LocalDate date) {
        filling = true;
        try {
            year.setValue(date == null ? "" : String.valueOf(date.getYear()));
            month.setValue(date == null ? "" : String.valueOf(date.getMonthValue()));
            day.setValue(date == null ? "" : String.valueOf(date.getDayOfMonth()));
        } finally {
            filling = false;
        }
    }

    private Result evaluate() {
        String y = text(year), m = text(month), d = text(day);
        if (y.isEmpty() && m.isEmpty() && d.isEmpty()) {
            return new Result(null, null);
        }
        if (!digits(y) || !digits(m) || !digits(d)) {
            return new Result(null, Problem.NOT_A_NUMBER);
        }
        if (y.isEmpty() || m.isEmpty() || d.isEmpty()) {
            return new Result(null, y.isEmpty() ? Problem.MISSING_YEAR
                    : m.isEmpty() ? Problem.MISSING_MONTH : Problem.MISSING_DAY);
        }
        int yearNumber = number(y);
        if (yearNumber < minYear || yearNumber > maxYear) {
            return new Result(null, Problem.YEAR_OUT_OF_RANGE);
        }
        try {
            return new Result(LocalDate.of(yearNumber, number(m), number(d)), null);
        } catch (DateTimeException e) {
            return new Result(null, Problem.NO_SUCH_DATE);
        }
    }

    /**
     * What was typed, made comparable: Chinese input methods type full-width digits (１９９０) and spaces (U+3000),
     * and some people add the unit they see in the label ("3月").
     */
    private static String text(TextField field) {
        var normalised = new StringBuilder();
        field.getValue().strip().codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                normalised.append(Character.digit(c, 10));
            } else {
                normalised.appendCodePoint(c);
            }
        });
        return normalised.toString().replaceFirst("[年月日号號]$", "").strip();
    }

    private static boolean digits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int number(String digits) {
        // Anything longer is no month, day or plausible year; avoids overflow.
        return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
