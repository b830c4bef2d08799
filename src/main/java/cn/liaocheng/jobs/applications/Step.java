package cn.liaocheng.jobs.applications;

import java.util.List;

/**
 * One page of a form: one question or a small group that belongs together. Its heading is
 * {@code application.step.<id>.title}; its id is the last part of the page's address.
 */
public record Step(String id, List<Question> questions) {

    public Step {
        questions = List.copyOf(questions);
        if (!id.matches("[a-z][a-z0-9-]{0,29}") || questions.isEmpty()) {
            throw new IllegalArgumentException("a step has a lower-case id and at least one question: " + id);
        }
    }

    public static Step of(String id, Question... questions) {
        return new Step(id, List.of(questions));
    }

    public String titleKey() {
        return "application.step." + id + ".title";
    }

    public List<Question> shownQuestions(Answers answers) {
        return questions.stream().filter(q -> q.isShown(answers)).toList();
    }

    /** A step is skipped when every one of its questions depends on an answer that was not given. */
    public boolean isShown(Answers answers) {
        return !shownQuestions(answers).isEmpty();
    }
}
