package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.applications.Answers;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checker's answers during one visit. Anonymous by design (decision 0030): they live in the browser session only,
 * are never written to the database or the address, and are gone when the session ends.
 *
 * @param prefilled the questions answered from the person's own profile, so the page can say so
 */
record CheckerAnswers(Map<String, Object> values, Set<String> prefilled) implements Serializable {

    private static final String ATTRIBUTE = CheckerAnswers.class.getName();

    CheckerAnswers {
        values = Map.copyOf(values);
        prefilled = Set.copyOf(prefilled);
    }

    static CheckerAnswers current() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(ATTRIBUTE)).map(CheckerAnswers.class::cast)
                .orElseGet(() -> new CheckerAnswers(Map.of(), Set.of()));
    }

    Answers answers() {
        return Answers.of(values);
    }

    CheckerAnswers with(Answers more) {
        var all = new LinkedHashMap<>(values);
        all.putAll(more.asMap());
        return new CheckerAnswers(all, prefilled);
    }

    /** Fills in what is not answered yet; a person's own answer is never overwritten by the profile. */
    CheckerAnswers prefilledWith(Answers fromProfile) {
        var all = new LinkedHashMap<>(values);
        var filled = new java.util.HashSet<>(prefilled);
        fromProfile.asMap().forEach((id, value) -> {
            if (!all.containsKey(id)) {
                all.put(id, value);
                filled.add(id);
            }
        });
        return new CheckerAnswers(all, filled);
    }

    CheckerAnswers withoutPrefilled() {
        var all = new LinkedHashMap<>(values);
        prefilled.forEach(all::remove);
        return new CheckerAnswers(all, Set.of());
    }

    void save() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, this);
    }
}
