package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.AnswerRules;
import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.Question;
import cn.liaocheng.jobs.applications.QuestionType;
import cn.liaocheng.jobs.documents.DocumentContent;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.documents.DocumentUploadField;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DatePartsField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One question on a step page, whatever its type: a labelled field with its plain-language hint, which reads and
 * writes the answer exactly as typed. Text is sent to the server every few seconds while the person types, so the
 * draft can be saved before a session times out.
 */
final class QuestionField {

    /** How often typed text reaches the server (and the draft) while someone keeps typing. */
    static final int SYNC_WHILE_TYPING_MS = 5_000;

    private final Question question;
    private final Component component;

    /**
     * What a document question needs: the documents capability, the page's live region for upload news, and the
     * application's own file lookup, which checks access again when a download link is followed.
     */
    record Uploads(DocumentService documents, Announcer announcer,
            SerializableFunction<UUID, Optional<DocumentContent>> open) {
    }

    QuestionField(Question question, Component owner, @Nullable Uploads uploads, Runnable onChange) {
        this.question = question;
        var label = label(owner);
        var hint = hint(owner);
        component = switch (question.type()) {
            case SHORT_TEXT, NUMBER, PHONE -> textField(label, hint, owner);
            case LONG_TEXT -> {
                var area = new TextArea(label);
                area.setHelperText(hint);
                area.setValueChangeMode(ValueChangeMode.TIMEOUT);
                area.setValueChangeTimeout(SYNC_WHILE_TYPING_MS);
                yield area;
            }
            case SINGLE_CHOICE, YES_NO -> {
                var group = new RadioButtonGroup<String>(label);
                group.setHelperText(hint);
                group.setItems(question.choices().stream().map(Question.Choice::code).toList());
                group.setItemLabelGenerator(code -> owner.getTranslation(labelKey(code)));
                // One option per line: easier to hit on a phone and in care mode, read in order by screen readers.
                group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.HELPER_ABOVE);
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                var group = new CheckboxGroup<String>(label);
                group.setHelperText(hint);
                group.setItems(question.choices().stream().map(Question.Choice::code).toList());
                group.setItemLabelGenerator(code -> owner.getTranslation(labelKey(code)));
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.HELPER_ABOVE);
                yield group;
            }
            case DATE -> {
                var date = new DatePartsField(label);
                if (hint != null) {
                    date.setHelperText(hint);
                }
                yield date;
            }
            case DOCUMENT -> {
                // The service has checked access to the application, and the value only ever comes from its
                // answers: the person sees what their helper uploaded, and the other way round.
                if (uploads == null) {
                    throw new IllegalStateException("a form with documents needs uploads: " + question.id());
                }
                var upload = new DocumentUploadField(label, uploads.documents(), uploads.announcer())
                        .showDocumentsTheFormCheckedAccessTo(uploads.open());
                upload.setHelperText(owner.getTranslation("application.document.hint", hint,
                        owner.getTranslation("document.upload.hint")));
                yield upload;
            }
        };
        component.setId("q-" + question.id());
        component.addClassName("question");
        if (component instanceof HasValue<?, ?> field) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
    }

    private TextField textField(String label, String hint, Component owner) {
        var field = new TextField(label);
        field.setHelperText(hint);
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(SYNC_WHILE_TYPING_MS);
        if (question.type() == QuestionType.NUMBER) {
            field.getElement().setAttribute("inputmode", "numeric");
            if (question.unit() != null) {
                field.setSuffixComponent(new Span(owner.getTranslation(question.unit())));
            }
        } else if (question.type() == QuestionType.PHONE) {
            field.setAutocomplete(Autocomplete.TEL);
            field.getElement().setAttribute("inputmode", "tel");
        } else {
            field.addClassName("wide");
        }
        return field;
    }

    /**
     * The label, saying "可以不填" when the question may be left out: a question asked as optional in one form (the
     * township in the eligibility checker) and required in another keeps one label text for both.
     */
    private String label(Component owner) {
        var label = owner.getTranslation(question.labelKey());
        // A document question says it in its hint, in its own words (可以不传).
        if (question.required() || question.type() == QuestionType.DOCUMENT) {
            return label;
        }
        var fill = owner.getTranslation("application.optional.fill");
        var choose = owner.getTranslation("application.optional.choose");
        if (label.contains(fill.strip()) || label.contains(choose.strip())) {
            return label;
        }
        return label + (question.isChoice() ? choose : fill);
    }

    private String hint(Component owner) {
        var hint = owner.getTranslation(question.hintKey());
        if (question.type() == QuestionType.NUMBER && question.min() != null && question.max() != null) {
            var text = new AnswerText(owner);
            hint = hint + owner.getTranslation("application.range",
                    text.number(question, String.valueOf(question.min())),
                    text.number(question, String.valueOf(question.max())));
        }
        return hint;
    }

    private String labelKey(String code) {
        return question.choices().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(Question.Choice::labelKey).orElse(code);
    }

    Question question() {
        return question;
    }

    Component component() {
        return component;
    }

    /** What the field holds, as stored in the draft: text as typed, a code, a list of codes, or an ISO date. */
    Optional<Object> value() {
        return switch (component) {
            case TextField field -> Optional.of(field.getValue());
            case TextArea area -> Optional.of(area.getValue());
            case RadioButtonGroup<?> group -> Optional.of(group.getValue() == null ? "" : (String) group.getValue());
            case CheckboxGroup<?> group -> Optional.of(question.choices().stream().map(Question.Choice::code)
                    .filter(group.getValue()::contains).toList());
            case DatePartsField date -> Optional.of(date.getValue() == null ? "" : date.getValue().toString());
            case DocumentUploadField upload -> Optional.of(upload.getValue() == null ? "" : upload.getValue().toString());
            default -> Optional.empty();
        };
    }

    @SuppressWarnings("unchecked")
    void show(Answers answers) {
        var id = question.id();
        switch (component) {
            case TextField field -> field.setValue(answers.text(id));
            case TextArea area -> area.setValue(answers.text(id));
            case RadioButtonGroup<?> group -> {
                var value = answers.text(id);
                ((RadioButtonGroup<String>) group).setValue(
                        question.choices().stream().anyMatch(c -> c.code().equals(value)) ? value : null);
            }
            case CheckboxGroup<?> group -> {
                Set<String> ticked = new LinkedHashSet<>(answers.values(id));
                ticked.retainAll(question.choices().stream().map(Question.Choice::code).toList());
                ((CheckboxGroup<String>) group).setValue(ticked);
            }
            case DatePartsField date -> {
                try {
                    date.setValue(answers.isAnswered(id) ? LocalDate.parse(answers.text(id)) : null);
                } catch (java.time.DateTimeException e) {
                    date.setValue(null);
                }
            }
            case DocumentUploadField upload -> {
                var value = answers.text(id);
                upload.setValue(AnswerRules.isDocumentId(value) ? UUID.fromString(value) : null);
            }
            default -> { }
        }
    }

    /** A problem only the field can see, such as half a date; the rules see the rest. */
    Optional<String> ownProblem() {
        return component instanceof DatePartsField date ? date.problemMessage() : Optional.empty();
    }

    void setShown(boolean shown) {
        component.setVisible(shown);
    }

    static List<Component> components(List<QuestionField> fields) {
        var list = new ArrayList<Component>();
        fields.forEach(f -> list.add(f.component()));
        return list;
    }
}
