package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.TypedInput;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rules every answer must meet before it can be sent. The same rules run on each step page and again, for the
 * whole form, when the application is submitted, so a tampered or stale page cannot send a wrong answer.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    /**
     * What is wrong with one answer, as a translation key whose first parameter is the question's label and whose
     * further parameters are {@link #args()}.
     */
    public record Problem(String questionId, String messageKey, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }
    }

    /** The problems of every question shown on a step, in the order of the questions. */
    public static List<Problem> check(Step step, Answers answers, LocalDate today) {
        var problems = new ArrayList<Problem>();
        step.shownQuestions(answers).forEach(q -> check(q, answers, today).ifPresent(problems::add));
        return problems;
    }

    /** The first of these (shown) steps with a problem; empty when all of them are answered as the rules want. */
    public static Optional<Step> firstIncompleteStep(List<Step> shownSteps, Answers answers, LocalDate today) {
        return shownSteps.stream().filter(step -> !check(step, answers, today).isEmpty()).findFirst();
    }

    public static Optional<Problem> check(Question question, Answers answers, LocalDate today) {
        var id = question.id();
        if (!answers.isAnswered(id)) {
            return question.required() ? Optional.of(missing(question)) : Optional.empty();
        }
        return switch (question.type()) {
            case SHORT_TEXT -> length(question, answers.text(id), Question.SHORT_TEXT_LIMIT);
            case LONG_TEXT -> length(question, answers.text(id), Question.LONG_TEXT_LIMIT);
            case NUMBER -> number(question, answers.text(id));
            case SINGLE_CHOICE, YES_NO, MULTIPLE_CHOICE -> choices(question, answers.values(id));
            case DATE -> date(question, answers.text(id), today);
            case PHONE -> PhoneNumber.parse(answers.text(id)) instanceof PhoneNumber.Valid ? Optional.empty()
                    : Optional.of(new Problem(id, "application.error.phone", List.of()));
            // Whether the id names a document the person may use is the service's check; here only its shape.
            case DOCUMENT -> isDocumentId(answers.text(id)) ? Optional.empty() : Optional.of(missing(question));
        };
    }

    /** A typed whole number: full-width digits, spaces, thousands commas and a trailing 元 are all fine. */
    public static OptionalLong wholeNumber(String typed) {
        var compact = TypedInput.compact(typed, c -> c == ',' || c == '，').replaceFirst("元$", "");
        if (!compact.matches("[0-9]{1,12}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(compact));
    }

    /** A document answer is a document's id (a UUID), never a file name or a path. */
    public static boolean isDocumentId(String text) {
        return text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    private static Problem missing(Question question) {
        var key = switch (question.type()) {
            case SINGLE_CHOICE -> "application.error.required.choice";
            case MULTIPLE_CHOICE -> "application.error.required.choices";
            case YES_NO -> "application.error.required.yes-no";
            case DATE -> "application.error.required.date";
            case NUMBER -> "application.error.required.number";
            case DOCUMENT -> "application.error.required.document";
            default -> "application.error.required.text";
        };
        return new Problem(question.id(), key, List.of());
    }

    private static Optional<Problem> length(Question question, String text, int limit) {
        int length = text.codePointCount(0, text.length());
        return length > limit
                ? Optional.of(new Problem(question.id(), "application.error.too-long", List.of(limit, length)))
                : Optional.empty();
    }

    private static Optional<Problem> number(Question question, String typed) {
        var value = wholeNumber(typed);
        if (value.isEmpty()) {
            return Optional.of(new Problem(question.id(), "application.error.number", List.of()));
        }
        if (question.min() != null && value.getAsLong() < question.min()) {
            return Optional.of(new Problem(question.id(), "application.error.number.min", List.of(question.min())));
        }
        if (question.max() != null && value.getAsLong() > question.max()) {
            return Optional.of(new Problem(question.id(), "application.error.number.max", List.of(question.max())));
        }
        return Optional.empty();
    }

    private static Optional<Problem> choices(Question question, List<String> picked) {
        var allowed = question.choices().stream().map(Question.Choice::code).toList();
        boolean tooMany = question.type() != QuestionType.MULTIPLE_CHOICE && picked.size() > 1;
        // A code that is not on the list can only come from a changed form or an old draft: ask again.
        return tooMany || !allowed.containsAll(picked) ? Optional.of(missing(question)) : Optional.empty();
    }

    private static Optional<Problem> date(Question question, String iso, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(iso);
        } catch (DateTimeException e) {
            return Optional.of(missing(question));
        }
        return switch (question.dates()) {
            case NOT_IN_FUTURE -> date.isAfter(today)
                    ? Optional.of(new Problem(question.id(), "application.error.date.not-in-future", List.of()))
                    : Optional.empty();
            case NOT_IN_PAST -> date.isBefore(today)
                    ? Optional.of(new Problem(question.id(), "application.error.date.not-in-past", List.of()))
                    : Optional.empty();
            case ANY -> Optional.empty();
        };
    }
}
