package cn.liaocheng.jobs.catalogue;

import java.util.List;

/**
 * Something in an {@link OfferEdit} the editor must fix: which field ({@code subtype}, {@code title.zh},
 * {@code seats-total} …) and a translation key (with its arguments) that says what to do.
 */
public record OfferProblem(String field, String messageKey, List<String> arguments) {

    public OfferProblem {
        arguments = List.copyOf(arguments);
    }

    static OfferProblem of(String field, String messageKey, Object... arguments) {
        return new OfferProblem(field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
