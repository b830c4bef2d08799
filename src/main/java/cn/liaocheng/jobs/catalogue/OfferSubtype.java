package cn.liaocheng.jobs.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What sort of course, loan or programme an offer is, following the plan's measures. */
public enum OfferSubtype {
    VOCATIONAL(OfferKind.COURSE),
    AGRICULTURAL(OfferKind.COURSE),
    MASSAGE(OfferKind.COURSE),
    ONLINE(OfferKind.COURSE),
    ASSESSMENT(OfferKind.COURSE),
    ZONE(OfferKind.INCUBATION),
    GUARANTEED_STARTUP(OfferKind.LOAN),
    ABC_REFERRAL(OfferKind.LOAN),
    PUBLIC_WELFARE_POST(OfferKind.PROGRAMME),
    ASSISTED_EMPLOYMENT(OfferKind.PROGRAMME),
    RESERVED_POST(OfferKind.PROGRAMME),
    NEWSSTAND(OfferKind.PROGRAMME),
    LOTTERY(OfferKind.PROGRAMME),
    TOBACCO(OfferKind.PROGRAMME),
    GRADUATE(OfferKind.PROGRAMME),
    MASSAGE_CLINIC(OfferKind.PROGRAMME),
    HANDICRAFT(OfferKind.PROGRAMME),
    RURAL_BASE(OfferKind.PROGRAMME);

    private final OfferKind kind;

    OfferSubtype(OfferKind kind) {
        this.kind = kind;
    }

    public OfferKind kind() {
        return kind;
    }

    public String messageKey() {
        return "subtype." + name().toLowerCase(Locale.ROOT);
    }

    /** What appears in URLs, e.g. {@code /courses?type=agricultural}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OfferSubtype> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug().equals(slug)).findFirst();
    }

    /** The subtypes of one kind, in the plan's order: what the 类型 filter offers on that kind's list. */
    public static List<OfferSubtype> of(OfferKind kind) {
        return Arrays.stream(values()).filter(s -> s.kind == kind).toList();
    }
}
