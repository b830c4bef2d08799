package cn.liaocheng.jobs.catalogue;

import java.util.Locale;

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
}
