package cn.liaocheng.jobs.eligibility;

import static cn.liaocheng.jobs.applications.QuestionType.MULTIPLE_CHOICE;
import static cn.liaocheng.jobs.applications.QuestionType.NUMBER;
import static cn.liaocheng.jobs.applications.QuestionType.SINGLE_CHOICE;
import static cn.liaocheng.jobs.applications.QuestionType.YES_NO;

import cn.liaocheng.jobs.applications.AnswerRules;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.Forms;
import cn.liaocheng.jobs.applications.Question;
import cn.liaocheng.jobs.applications.Step;
import cn.liaocheng.jobs.profile.ApplicantFacts;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checker's eight questions, one page each, in the form engine's own terms: the same question types, rules and
 * pages as an application, and where an application asks the same thing (county, township, household, graduation
 * year) the very same question, so that the answers can start the application that follows.
 */
public final class CheckerForm {

    public static final String FOR_WHOM = "check-for";
    public static final String SELF = "SELF";
    public static final String OTHER = "OTHER";
    public static final String NO_CERTIFICATE = "UNKNOWN";
    public static final String NO_WORK = "NONE";

    /** The steps; the last part of each page's address is the step id without {@code check-}. */
    public static final List<Step> STEPS = List.of(
            Step.of("check-for", Question.choice(FOR_WHOM, SINGLE_CHOICE, SELF, OTHER)),
            Step.of("check-where", Forms.county(), Forms.township().optional()),
            Step.of("check-age", Question.of("age", NUMBER).between(0L, 120L).counting("application.unit.years")),
            Step.of("check-disability", Question.of("disability-category", SINGLE_CHOICE).withOptions(categories()),
                    Question.choice("disability-grade", SINGLE_CHOICE, "1", "2", "3", "4").optional()),
            Step.of("check-household", Forms.household()),
            Step.of("check-study", Question.of("student", YES_NO),
                    Forms.graduationYear().shownIf("student", Answers.YES)),
            Step.of("check-work", Question.choice("current-work", SINGLE_CHOICE, NO_WORK, "EMPLOYED", "OWN_BUSINESS")),
            Step.of("check-wants", Question.choice("wants", MULTIPLE_CHOICE,
                    Stream.of(Want.values()).map(Want::name).toArray(String[]::new))));

    private CheckerForm() {
    }

    private static List<Question.Choice> categories() {
        var choices = new ArrayList<Question.Choice>();
        for (var category : DisabilityCategory.values()) {
            choices.add(new Question.Choice(category.name(), category.messageKey()));
        }
        choices.add(new Question.Choice(NO_CERTIFICATE, "application.q.disability-category.option.unknown"));
        return choices;
    }

    public static Optional<Step> step(String id) {
        return STEPS.stream().filter(step -> step.id().equals(id)).findFirst();
    }

    public static List<Step> shownSteps(Answers answers) {
        return STEPS.stream().filter(step -> step.isShown(answers)).toList();
    }

    /** The first step whose answers are missing or wrong; empty when the result can be shown. */
    public static Optional<Step> firstIncompleteStep(Answers answers, LocalDate today) {
        return AnswerRules.firstIncompleteStep(shownSteps(answers), answers, today);
    }

    /** Only the answers of questions asked with these answers: a graduation year typed before saying "no" is gone. */
    public static Answers asked(Answers answers) {
        return answers.only(shownSteps(answers).stream()
                .flatMap(step -> step.shownQuestions(answers).stream()).map(Question::id).toList());
    }

    public static boolean forSomeoneElse(Answers answers) {
        return OTHER.equals(answers.text(FOR_WHOM));
    }

    /** The situation the answers describe; call only when {@link #firstIncompleteStep} is empty. */
    public static Situation situation(Answers answers) {
        var category = answers.text("disability-category");
        var grade = answers.text("disability-grade");
        var student = Answers.YES.equals(answers.text("student"));
        return new Situation(County.valueOf(answers.text("county")), (int) number(answers, "age"),
                NO_CERTIFICATE.equals(category) ? null : DisabilityCategory.valueOf(category),
                grade.isEmpty() ? null : Integer.valueOf(grade), "RURAL".equals(answers.text("household")),
                student ? (int) number(answers, "graduation-year") : null,
                !NO_WORK.equals(answers.text("current-work")),
                answers.values("wants").stream().map(Want::valueOf).collect(java.util.stream.Collectors.toSet()),
                forSomeoneElse(answers));
    }

    /**
     * First answers from a person's own profile: what it knows of the checker's questions. Age is not among them: the
     * profile keeps the ID number (with the birth date) encrypted, and the checker does not decrypt it.
     */
    public static Answers fromProfile(ApplicantFacts facts) {
        var values = new LinkedHashMap<String, Object>();
        if (facts.county() != null) {
            values.put("county", facts.county().name());
        }
        if (facts.township() != null && !facts.township().isBlank()) {
            values.put("township", facts.township());
        }
        if (facts.category() != null) {
            values.put("disability-category", facts.category().name());
            if (facts.grade() != null) {
                values.put("disability-grade", String.valueOf(facts.grade()));
            }
        }
        if (facts.household() != null) {
            values.put("household", facts.household().name());
        }
        if (facts.graduationYear() != null) {
            values.put("student", Answers.YES);
            values.put("graduation-year", String.valueOf(facts.graduationYear()));
        }
        return Answers.of(values);
    }

    private static long number(Answers answers, String id) {
        return AnswerRules.wholeNumber(answers.text(id)).orElseThrow();
    }
}
