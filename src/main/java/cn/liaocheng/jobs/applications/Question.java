package cn.liaocheng.jobs.applications;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One question of a form. Its texts come from translation keys derived from the id: {@code application.q.<id>.label},
 * {@code .hint} and {@code .option.<code>}, so the same question reads the same in every form that asks it.
 *
 * @param options   the codes of a choice question, in the order shown
 * @param min       smallest whole number allowed (numbers only)
 * @param max       largest whole number allowed (numbers only)
 * @param unit      what a number counts, as a translation key ({@code application.unit.yuan}), or null
 * @param condition show the question only when another answer is a given value
 * @param prefill   where a first answer comes from: the person's profile or the offer
 * @param dates     which dates are allowed (dates only)
 */
public record Question(String id, QuestionType type, boolean required, List<Choice> options,
        @Nullable Long min, @Nullable Long max, @Nullable String unit, @Nullable Condition condition,
        @Nullable Prefill prefill, DateRule dates) {

    public static final int SHORT_TEXT_LIMIT = 100;
    public static final int LONG_TEXT_LIMIT = 2000;

    /** One option of a choice question: its stored code and the key of its label. */
    public record Choice(String code, String labelKey) {
    }

    /** Show only when the answer to {@code questionId} is (or, for check boxes, includes) {@code value}. */
    public record Condition(String questionId, String value) {
    }

    /** Which dates a date question accepts. */
    public enum DateRule { ANY, NOT_IN_FUTURE, NOT_IN_PAST }

    public Question {
        options = List.copyOf(options);
        if (!id.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("question ids are lower-case words: " + id);
        }
    }

    public static Question of(String id, QuestionType type) {
        return new Question(id, type, true, List.of(), null, null, null, null, null,
                DateRule.ANY);
    }

    /** A choice question whose option labels are {@code application.q.<id>.option.<code>}. */
    public static Question choice(String id, QuestionType type, String... codes) {
        var choices = java.util.Arrays.stream(codes)
                .map(code -> new Choice(code, "application.q." + id + ".option." + code.toLowerCase(Locale.ROOT)))
                .toList();
        return of(id, type).withOptions(choices);
    }

    public Question optional() {
        return new Question(id, type, false, options, min, max, unit, condition, prefill, dates);
    }

    public Question withOptions(List<Choice> choices) {
        return new Question(id, type, required, choices, min, max, unit, condition, prefill, dates);
    }

    public Question between(@Nullable Long low, @Nullable Long high) {
        return new Question(id, type, required, options, low, high, unit, condition, prefill, dates);
    }

    public Question inYuan() {
        return new Question(id, type, required, options, min, max, "application.unit.yuan", condition, prefill, dates);
    }

    public Question counting(String unitKey) {
        return new Question(id, type, required, options, min, max, unitKey, condition, prefill, dates);
    }

    public Question shownIf(String questionId, String value) {
        return new Question(id, type, required, options, min, max, unit, new Condition(questionId, value), prefill,
                dates);
    }

    public Question prefilledFrom(Prefill source) {
        return new Question(id, type, required, options, min, max, unit, condition, source, dates);
    }

    public Question dates(DateRule rule) {
        return new Question(id, type, required, options, min, max, unit, condition, prefill, rule);
    }

    public String labelKey() {
        return "application.q." + id + ".label";
    }

    public String hintKey() {
        return "application.q." + id + ".hint";
    }

    public boolean isChoice() {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE
                || type == QuestionType.YES_NO;
    }

    /** The codes a person may pick; yes/no questions have two fixed ones. */
    public List<Choice> choices() {
        if (type == QuestionType.YES_NO) {
            return List.of(new Choice(Answers.YES, "application.answer.yes"),
                    new Choice(Answers.NO, "application.answer.no"));
        }
        return options;
    }

    /** Whether this question is asked, given the answers so far. */
    public boolean isShown(Answers answers) {
        return condition == null || answers.values(condition.questionId()).contains(condition.value());
    }
}
