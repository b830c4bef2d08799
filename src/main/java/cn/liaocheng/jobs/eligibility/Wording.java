package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checker's sentences in the reader's language, from the {@link Reason}s of a verdict or a rule: the result page,
 * the staff page and the tests all read the same words.
 */
@Component
public class Wording {

    private final Translations translations;

    Wording(Translations translations) {
        this.translations = translations;
    }

    /** "因为您是农村户口，您想学一门技能" */
    public String because(EligibilityRule.Verdict verdict, Locale language) {
        return translations.render("eligibility.because", language, joined(verdict.met(), language));
    }

    /** "但是这项只面向农村户口的残疾人" */
    public String butNot(EligibilityRule.Verdict verdict, Locale language) {
        return translations.render("eligibility.but-not", language, joined(verdict.unmet(), language));
    }

    /** The rule for the staff page: "（六）3 …：农村户口、16周岁以上、想学一门技能的残疾人可以申请农村实用技术培训（牵头单位：…）。" */
    public String sentence(EligibilityRule rule, Locale language) {
        var who = rule.conditions().stream().map(reason -> say(reason, language))
                .collect(Collectors.joining(translations.render("eligibility.list.and", language)));
        return translations.render("eligibility.sentence", language, rule.article(), who,
                rule.title().in(language), rule.leadDepartment().in(language));
    }

    public String say(Reason reason, Locale language) {
        var args = reason.args().stream().map(arg -> word(arg, language)).toArray();
        return translations.render(reason.key(), language, args);
    }

    public String want(Want want, Locale language) {
        return translations.render(want.messageKey(), language);
    }

    private String joined(List<Reason> reasons, Locale language) {
        var said = new ArrayList<String>();
        reasons.forEach(reason -> said.add(say(reason, language)));
        return String.join(translations.render("eligibility.reasons.separator", language), said);
    }

    // Every argument becomes text here: MessageFormat would write the year 2026 as "2,026".
    private String word(Object arg, Locale language) {
        return switch (arg) {
            case County county -> translations.render(county.messageKey(), language);
            case DisabilityCategory category -> translations.render(category.messageKey(), language);
            case Want want -> want(want, language);
            case Reason.Who who -> translations.render(who.messageKey(), language);
            case Reason.AnyOf any -> any.items().stream().map(item -> word(item, language))
                    .collect(Collectors.joining(translations.render("eligibility.list.or", language)));
            case Collection<?> items -> items.stream().map(item -> word(item, language))
                    .collect(Collectors.joining(translations.render("eligibility.list.and", language)));
            default -> String.valueOf(arg);
        };
    }
}
