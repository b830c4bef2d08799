package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.AnswerRules;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.Step;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The questions of one step, rendered by type from the form definition. A question that depends on another answer
 * appears as soon as that answer is chosen, without leaving the page. Other capabilities ask their questions with it
 * too (the eligibility checker), so that every form in the portal looks, reads and checks its answers the same way.
 */
@NamedInterface("forms")
public class StepForm extends Composite<Div> {

    private final List<QuestionField> fields;
    private Answers stored = Answers.none();

    /** A step without document questions. */
    public StepForm(Step step, Runnable onChange) {
        this(step, null, onChange);
    }

    StepForm(Step step, QuestionField.@Nullable Uploads uploads, Runnable onChange) {
        fields = step.questions().stream().map(q -> new QuestionField(q, this, uploads, () -> {
            updateVisibility();
            onChange.run();
        })).toList();
        getContent().addClassName("step-questions");
        getContent().add(QuestionField.components(fields).toArray(com.vaadin.flow.component.Component[]::new));
    }

    public void show(Answers answers) {
        stored = answers;
        fields.forEach(field -> field.show(answers));
        updateVisibility();
    }

    /** This step's answers as typed. */
    public Answers typed() {
        var values = new LinkedHashMap<String, Object>();
        fields.forEach(field -> field.value().ifPresent(value -> values.put(field.question().id(), value)));
        return Answers.of(values);
    }

    /** Everything answered so far with this page's typing on top: what the rules and conditions look at. */
    public Answers merged() {
        return stored.withAll(typed());
    }

    void saved(Answers all) {
        stored = all;
    }

    /** The problems of the questions shown, in page order, with messages that name the question. */
    public List<FieldError> problems(LocalDate today) {
        var answers = merged();
        var problems = new ArrayList<FieldError>();
        fields.stream().filter(f -> f.question().isShown(answers)).forEach(field -> {
            var label = getTranslation(field.question().labelKey());
            var own = field.ownProblem();
            if (own.isPresent()) {
                problems.add(new FieldError(field.component(), label + getTranslation("application.error.colon") + own.get()));
                return;
            }
            AnswerRules.check(field.question(), answers, today).ifPresent(problem -> {
                var args = Stream.concat(Stream.of(label), problem.args().stream().map(this::plain)).toArray();
                problems.add(new FieldError(field.component(), getTranslation(problem.messageKey(), args)));
            });
        });
        return problems;
    }

    private Object plain(Object arg) {
        // Numbers in messages are written like people read amounts: 300,000 not 300000.
        return arg instanceof Long || arg instanceof Integer ? String.format("%,d", ((Number) arg).longValue()) : arg;
    }

    private void updateVisibility() {
        var answers = merged();
        fields.forEach(field -> field.setShown(field.question().isShown(answers)));
    }
}
