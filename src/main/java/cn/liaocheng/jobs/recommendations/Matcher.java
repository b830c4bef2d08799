package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.catalogue.AccessibilityFeature;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.recommendations.Match.Reason;
import cn.liaocheng.jobs.recommendations.Match.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Explainable matching of an assessment to offers, by fixed rules over structured fields:
 * an ability the offer's subtype uses (3 points), a recommended direction the offer leads in (2), an interest the
 * subtype uses (1), each support need the offer provides for (1), and the person's own county (1). An offer is
 * recommended only if an ability, a direction or an interest fits; support and county only order what fits. Closed
 * offers and the 评估 itself are never recommended. Ties keep the catalogue's own order by slug, so the list is stable.
 */
public final class Matcher {

    private Matcher() {
    }

    public static List<Match> match(Assessment assessment, Collection<Candidate> offers) {
        return offers.stream().filter(Candidate::open).map(offer -> match(assessment, offer))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(Match::score).reversed()
                        .thenComparing(m -> m.offer().slug()))
                .toList();
    }

    static Optional<Match> match(Assessment assessment, Candidate offer) {
        var reasons = new ArrayList<Reason>();
        var subtype = offer.subtype();
        assessment.abilities().stream().filter(a -> a.isUsedBy(subtype)).sorted()
                .forEach(a -> reasons.add(new Reason(Rule.ABILITY, "recommendations.reason.ability", a.messageKey())));
        assessment.directions().stream().filter(d -> d.leadsTo(subtype)).sorted()
                .forEach(d -> reasons.add(new Reason(Rule.DIRECTION, "recommendations.reason.direction",
                        d.messageKey())));
        assessment.interests().stream().filter(a -> a.isUsedBy(subtype) && !assessment.abilities().contains(a))
                .sorted().forEach(a -> reasons.add(new Reason(Rule.INTEREST, "recommendations.reason.interest",
                        a.messageKey())));
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        assessment.supportNeeded().stream().sorted().forEach(need -> feature(need)
                .filter(offer.features()::contains)
                .ifPresent(f -> reasons.add(new Reason(Rule.SUPPORT, "recommendations.reason.support", f.messageKey()))));
        if (offer.county() == assessment.county()) {
            reasons.add(new Reason(Rule.COUNTY, "recommendations.reason.county", offer.county().messageKey()));
        }
        int score = reasons.stream().mapToInt(r -> r.rule().points()).sum();
        return Optional.of(new Match(offer, score, reasons));
    }

    /** The offer feature that meets a support need; a companion (陪同) is the person's own, no offer provides one. */
    static Optional<AccessibilityFeature> feature(SupportNeed need) {
        return switch (need) {
            case SIGN_LANGUAGE -> Optional.of(AccessibilityFeature.SIGN_LANGUAGE);
            case BRAILLE_OR_LARGE_PRINT -> Optional.of(AccessibilityFeature.BRAILLE_LARGE_PRINT);
            case STEP_FREE -> Optional.of(AccessibilityFeature.STEP_FREE);
            case COMPANION -> Optional.empty();
        };
    }
}
