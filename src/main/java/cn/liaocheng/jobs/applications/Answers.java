package cn.liaocheng.jobs.applications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the person typed or chose, by question id, exactly as entered: a half-typed amount is kept as typed so that
 * nothing is lost, and the rules judge it when the person continues. Values are a string, or a list of codes for
 * check boxes. Stored as JSON in the draft.
 */
public final class Answers {

    public static final String YES = "yes";
    public static final String NO = "no";

    private final Map<String, Object> values;

    private Answers(Map<String, Object> values) {
        this.values = values;
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    /** From stored JSON: strings and lists of strings; anything else is dropped. */
    public static Answers of(Map<String, ?> raw) {
        var clean = new LinkedHashMap<String, Object>();
        raw.forEach((key, value) -> {
            if (value instanceof String text) {
                clean.put(key, text);
            } else if (value instanceof List<?> list) {
                clean.put(key, list.stream().filter(String.class::isInstance).map(String.class::cast).toList());
            }
        });
        return new Answers(Collections.unmodifiableMap(clean));
    }

    /** The single value of a question, trimmed; empty when not answered. */
    public String text(String questionId) {
        return values.get(questionId) instanceof String text ? text.strip() : "";
    }

    /** Every value of a question: the ticked codes, or the single value as a list of one. */
    public List<String> values(String questionId) {
        var value = values.get(questionId);
        if (value instanceof List<?> list) {
            return list.stream().map(String.class::cast).toList();
        }
        return value instanceof String text && !text.isBlank() ? List.of(text.strip()) : List.of();
    }

    public boolean isAnswered(String questionId) {
        return !values(questionId).isEmpty();
    }

    public Optional<Object> raw(String questionId) {
        return Optional.ofNullable(values.get(questionId));
    }

    public Answers with(String questionId, Object value) {
        var copy = new LinkedHashMap<>(values);
        copy.put(questionId, value instanceof List<?> list ? List.copyOf(list) : value);
        return Answers.of(copy);
    }

    public Answers withAll(Answers other) {
        var copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return Answers.of(copy);
    }

    /** Only the given questions' answers: what a submitted application keeps of its hidden questions is nothing. */
    public Answers only(java.util.Collection<String> questionIds) {
        var copy = new LinkedHashMap<String, Object>();
        values.forEach((key, value) -> {
            if (questionIds.contains(key)) {
                copy.put(key, value);
            }
        });
        return Answers.of(copy);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        // Answers can be personal: never print them into a log.
        return "Answers[" + values.size() + " answered]";
    }
}
