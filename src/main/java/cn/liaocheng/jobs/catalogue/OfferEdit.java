package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an editor wrote into the offer form, as typed (texts not yet checked): {@link OfferEditor} validates it and
 * turns it into an {@link Offer}. Seats left are not written by editors: they follow from the total and the seats
 * approved applications took.
 */
public record OfferEdit(OfferKind kind, @Nullable OfferSubtype subtype, @Nullable County county, String planMeasure,
        Map<OfferTextField, Bilingual> texts, String contactPhone, @Nullable Integer amountMinYuan,
        @Nullable Integer amountMaxYuan, @Nullable Integer spaceSqm, @Nullable Integer seatsTotal,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalDate applicationsOpenFrom,
        @Nullable LocalDate applicationsCloseOn, boolean suitsRural, boolean suitsGraduates,
        Set<DisabilityCategory> suitableFor, Set<AccessibilityFeature> accessibility, boolean sample) {

    /** One text in both languages, as typed; blank means not given. */
    public record Bilingual(String zh, String en) {

        public static final Bilingual EMPTY = new Bilingual("", "");

        public static Bilingual of(@Nullable LocalizedText text) {
            return text == null ? EMPTY : new Bilingual(text.zh(), text.en() == null ? "" : text.en());
        }

        /** Null when no Chinese text was given. */
        public @Nullable LocalizedText toText() {
            return zh.isBlank() ? null : new LocalizedText(zh.strip(), en.isBlank() ? null : en.strip());
        }
    }

    public OfferEdit {
        texts = texts.isEmpty() ? new EnumMap<>(OfferTextField.class) : new EnumMap<>(texts);
        suitableFor = suitableFor.isEmpty() ? EnumSet.noneOf(DisabilityCategory.class) : EnumSet.copyOf(suitableFor);
        accessibility = accessibility.isEmpty() ? EnumSet.noneOf(AccessibilityFeature.class) : EnumSet.copyOf(accessibility);
    }

    public Bilingual text(OfferTextField field) {
        return texts.getOrDefault(field, Bilingual.EMPTY);
    }

    /** An empty form for a new offer of this kind; a county administrator's county is filled in. */
    public static OfferEdit blank(OfferKind kind, @Nullable County county) {
        return new OfferEdit(kind, null, county, "", Map.of(), "", null, null, null, null, null, null, null, null,
                false, false, Set.of(), Set.of(), false);
    }

    /** The form filled from a stored offer. */
    public static OfferEdit of(Offer offer) {
        var texts = new EnumMap<OfferTextField, Bilingual>(OfferTextField.class);
        for (var field : OfferTextField.values()) {
            texts.put(field, Bilingual.of(textOf(offer, field)));
        }
        return new OfferEdit(offer.kind(), offer.subtype(), offer.county(), offer.planMeasure(), texts,
                offer.contactPhone(), offer.amountMinYuan(), offer.amountMaxYuan(), offer.spaceSqm(), offer.seatsTotal(),
                offer.startsOn(), offer.endsOn(), offer.applicationsOpenFrom(), offer.applicationsCloseOn(),
                offer.suitsRural(), offer.suitsGraduates(),
                offer.suitableFor().stream().map(Offer.Suitability::category).collect(java.util.stream.Collectors.toSet()),
                offer.accessibility().stream().map(Offer.Accessibility::feature).collect(java.util.stream.Collectors.toSet()),
                offer.sample());
    }

    static @Nullable LocalizedText textOf(Offer offer, OfferTextField field) {
        return switch (field) {
            case TITLE -> offer.title();
            case SUMMARY -> offer.summary();
            case DETAILS -> offer.details();
            case PROVIDER -> offer.provider();
            case TOWNSHIP -> offer.township();
            case VENUE -> offer.venue();
            case ELIGIBILITY -> offer.eligibility();
            case COST -> offer.cost();
            case SUBSIDY -> offer.subsidy();
            case RATE -> offer.rate();
            case DOCUMENTS -> offer.documents();
            case TERMS -> offer.terms();
            case HOW_TO_APPLY -> offer.howToApply();
            case LEAD_DEPARTMENT -> offer.leadDepartment();
            case CONTACT_NAME -> offer.contactName();
        };
    }
}
