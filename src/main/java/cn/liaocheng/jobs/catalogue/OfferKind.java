package cn.liaocheng.jobs.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The four kinds of offer; each has its own list page. */
public enum OfferKind {
    COURSE("courses"), INCUBATION("incubation"), LOAN("loans"), PROGRAMME("programmes");

    private final String path;

    OfferKind(String path) {
        this.path = path;
    }

    /** The list page of this kind, also used as the filter value in URLs. */
    public String path() {
        return path;
    }

    public String messageKey() {
        return "kind." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OfferKind> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
