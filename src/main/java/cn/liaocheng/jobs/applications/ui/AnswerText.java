package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.AnswerWording;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.Question;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** An answer as a sentence for check-your-answers, the application page and the printed receipt. */
final class AnswerText {

    private final AnswerWording wording;

    AnswerText(Component owner) {
        var locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.SIMPLIFIED_CHINESE);
        this.wording = new AnswerWording(owner::getTranslation, locale);
    }

    String of(Question question, Answers answers) {
        return wording.of(question, answers);
    }

    String number(Question question, String typed) {
        return wording.number(question, typed);
    }

    String date(String iso) {
        return wording.date(iso);
    }

    String date(LocalDate date) {
        return wording.date(date);
    }
}
