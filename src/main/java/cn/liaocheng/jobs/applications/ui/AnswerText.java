package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.AnswerRules;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.Question;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** An answer as a sentence for check-your-answers, the application page and the printed receipt. */
final class AnswerText {

    private final Component owner;

    AnswerText(Component owner) {
        this.owner = owner;
    }

    String of(Question question, Answers answers) {
        var id = question.id();
        if (!answers.isAnswered(id)) {
            return owner.getTranslation("application.answer.none");
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> answers.values(id).stream()
                    .map(code -> question.choices().stream().filter(c -> c.code().equals(code)).findFirst()
                            .map(c -> owner.getTranslation(c.labelKey())).orElse(code))
                    .collect(Collectors.joining(owner.getTranslation("application.answer.separator")));
            case NUMBER -> number(question, answers.text(id));
            case DATE -> date(answers.text(id));
            default -> answers.text(id);
        };
    }

    String number(Question question, String typed) {
        var value = AnswerRules.wholeNumber(typed);
        if (value.isEmpty()) {
            return typed;
        }
        var formatted = NumberFormat.getIntegerInstance(Locale.ROOT).format(value.getAsLong()).replace('\u00a0', ',');
        return question.unit() == null ? formatted : formatted + " " + owner.getTranslation(question.unit());
    }

    String date(String iso) {
        try {
            return date(LocalDate.parse(iso));
        } catch (DateTimeException e) {
            return iso;
        }
    }

    String date(LocalDate date) {
        var locale = java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()).map(com.vaadin.flow.component.UI::getLocale)
                .orElse(Locale.SIMPLIFIED_CHINESE);
        var pattern = locale.getLanguage().equals("zh") ? "yyyy年M月d日" : "d MMMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
