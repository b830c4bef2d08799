package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.catalogue.AccessibilityFeature;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The few facts of an offer the matcher looks at; {@code open} is whether it takes applications today. */
public record Candidate(String slug, LocalizedText title, OfferSubtype subtype, County county,
        Set<AccessibilityFeature> features, boolean open) {

    public Candidate {
        features = Set.copyOf(features);
    }

    public static Candidate of(Offer offer, LocalDate today) {
        var features = EnumSet.noneOf(AccessibilityFeature.class);
        offer.accessibility().forEach(a -> features.add(a.feature()));
        return new Candidate(offer.slug(), offer.title(), offer.subtype(), offer.county(), features,
                offer.isOpenOn(today));
    }
}
