package cn.liaocheng.jobs.applications;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A whole application form: its kind and its steps in order. Built by {@link Forms}; the views render any of them. */
public record FormDefinition(FormKind kind, List<Step> steps) {

    /** The families of forms; each offer subtype uses one (see {@link Forms#forSubtype}). */
    public enum FormKind {
        TRAINING, ASSESSMENT, INCUBATION, GUARANTEED_LOAN, ABC_REFERRAL, PUBLIC_WELFARE_POST, ASSISTED_EMPLOYMENT,
        GRADUATE, EMPLOYMENT;

        public String titleKey() {
            return "application.form." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public FormDefinition {
        steps = List.copyOf(steps);
        var ids = new HashSet<String>();
        steps.forEach(step -> step.questions().forEach(q -> {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("question asked twice in one form: " + q.id());
            }
        }));
    }

    /** The steps a person goes through with these answers; a step whose questions all depend on "no" is skipped. */
    public List<Step> shownSteps(Answers answers) {
        return steps.stream().filter(step -> step.isShown(answers)).toList();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
    }

    public Step firstStep() {
        return steps.getFirst();
    }

    /** The step after this one, skipping steps that are not shown; empty after the last step. */
    public Optional<Step> stepAfter(String stepId, Answers answers) {
        var shown = shownSteps(answers);
        for (int i = 0; i < shown.size() - 1; i++) {
            if (shown.get(i).id().equals(stepId)) {
                return Optional.of(shown.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<Step> stepBefore(String stepId, Answers answers) {
        var shown = shownSteps(answers);
        for (int i = 1; i < shown.size(); i++) {
            if (shown.get(i).id().equals(stepId)) {
                return Optional.of(shown.get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The first shown step with a problem; empty when the whole form can be sent. */
    public Optional<Step> firstIncompleteStep(Answers answers, LocalDate today) {
        return AnswerRules.firstIncompleteStep(shownSteps(answers), answers, today);
    }

    public List<Question> shownQuestions(Answers answers) {
        return shownSteps(answers).stream().flatMap(step -> step.shownQuestions(answers).stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return steps.stream().flatMap(step -> step.questions().stream())
                .filter(q -> q.id().equals(questionId)).findFirst();
    }
}
