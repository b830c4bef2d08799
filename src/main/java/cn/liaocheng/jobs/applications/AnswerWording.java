package cn.liaocheng.jobs.applications;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An answer as a sentence in the reader's language, for the check and application pages, the printed receipt and the
 * person's copy of their data (我的数据), which is made outside any page. A document answer is its stored id here:
 * callers show the file's name instead.
 */
public final class AnswerWording {

    /** A translation lookup: a component's {@code getTranslation}, or the platform's {@code Translations}. */
    @FunctionalInterface
    public interface Texts {
        String text(String key, Object... parameters);
    }

    private final Texts texts;
    private final Locale locale;

    public AnswerWording(Texts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    public Texts texts() {
        return texts;
    }

    public String of(Question question, Answers answers) {
        var id = question.id();
        if (!answers.isAnswered(id)) {
            return texts.text("application.answer.none");
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> answers.values(id).stream()
                    .map(code -> question.choices().stream().filter(c -> c.code().equals(code)).findFirst()
                            .map(c -> texts.text(c.labelKey())).orElse(code))
                    .collect(Collectors.joining(texts.text("application.answer.separator")));
            case NUMBER -> number(question, answers.text(id));
            case DATE -> date(answers.text(id));
            default -> answers.text(id);
        };
    }

    public String number(Question question, String typed) {
        var value = AnswerRules.wholeNumber(typed);
        if (value.isEmpty()) {
            return typed;
        }
        var formatted = NumberFormat.getIntegerInstance(Locale.ROOT).format(value.getAsLong()).replace('\u00a0', ',');
        return question.unit() == null ? formatted : formatted + " " + texts.text(question.unit());
    }

    public String date(String iso) {
        try {
            return date(LocalDate.parse(iso));
        } catch (DateTimeException e) {
            return iso;
        }
    }

    public String date(LocalDate date) {
        var pattern = locale.getLanguage().equals("zh") ? "yyyy年M月d日" : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
