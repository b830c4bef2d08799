package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.FormDefinition;
import cn.liaocheng.jobs.applications.QuestionType;
import cn.liaocheng.jobs.applications.Step;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * GOV.UK's summary list: every answer shown, grouped by step, each with a 修改 link when the draft can still change.
 * The link says which answer it changes, for screen readers that list links out of context. Other capabilities' forms
 * (the eligibility checker) show their answers with it too, as one list without step headings.
 */
@NamedInterface("forms")
public class AnswerList extends Composite<Div> {

    /**
     * @param documentAnswer shows a document answer (its stored id) as the file's name with a download link
     */
    AnswerList(FormDefinition form, Answers answers, @Nullable Function<String, String> changeLink,
            Function<String, Component> documentAnswer) {
        getContent().addClassName("answer-list");
        form.shownSteps(answers).forEach(step -> getContent().add(new H2(getTranslation(step.titleKey())),
                list(List.of(step), answers, changeLink, documentAnswer)));
    }

    /** The answers of steps without document questions, in one list; {@code changeLink} gives a step's address. */
    public AnswerList(List<Step> steps, Answers answers, Function<String, String> changeLink) {
        getContent().addClassName("answer-list");
        getContent().add(list(steps, answers, changeLink, id -> {
            throw new IllegalStateException("no documents in this list");
        }));
    }

    private DescriptionList list(List<Step> steps, Answers answers, @Nullable Function<String, String> changeLink,
            Function<String, Component> documentAnswer) {
        var text = new AnswerText(this);
        var list = new DescriptionList();
        list.addClassName("summary-list");
        steps.forEach(step -> step.shownQuestions(answers).forEach(question -> {
            var row = new Div();
            row.addClassName("summary-row");
            var label = getTranslation(question.labelKey());
            row.add(new DescriptionList.Term(label));
            var value = question.type() == QuestionType.DOCUMENT
                    ? new DescriptionList.Description(documentAnswer.apply(answers.text(question.id())))
                    : new DescriptionList.Description(text.of(question, answers));
            value.addClassName("summary-value");
            row.add(value);
            if (changeLink != null) {
                var change = new Anchor(changeLink.apply(step.id()), getTranslation("application.check.change"));
                var hidden = new Span(" " + label);
                hidden.addClassName("sr-only");
                change.add(hidden);
                change.addClassName("change-link");
                var action = new DescriptionList.Description(change);
                action.addClassName("summary-action");
                row.add(action);
            }
            list.add(row);
        }));
        return list;
    }
}
