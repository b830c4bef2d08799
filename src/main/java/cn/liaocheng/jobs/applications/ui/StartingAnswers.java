package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.applications.Answers;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Answers a person gave elsewhere in this visit (the eligibility checker) that the next application they start begins
 * with, so that nobody types their county or household twice. Kept in the browser session only, never in the address
 * or the database, and used for an application for the same person they were given about: oneself, or someone one
 * helps.
 */
@NamedInterface("forms")
public final class StartingAnswers {

    private static final String ATTRIBUTE = StartingAnswers.class.getName();

    private record Kept(Map<String, Object> answers, boolean forSomeoneElse) implements Serializable {
    }

    private StartingAnswers() {
    }

    public static void keep(Answers answers, boolean forSomeoneElse) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, new Kept(new LinkedHashMap<>(answers.asMap()),
                forSomeoneElse));
    }

    /** The kept answers, if they were given about oneself ({@code self}) or about someone else ({@code !self}). */
    static Answers about(boolean self) {
        return kept().filter(kept -> kept.forSomeoneElse() != self).map(kept -> Answers.of(kept.answers()))
                .orElse(Answers.none());
    }

    /** Used once: a second application starts from the profile as usual. */
    static void used() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
    }

    private static Optional<Kept> kept() {
        return Optional.ofNullable(VaadinSession.getCurrent())
                .map(session -> session.getAttribute(ATTRIBUTE)).map(Kept.class::cast);
    }
}
