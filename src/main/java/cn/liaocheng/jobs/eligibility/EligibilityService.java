package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferSummary;
import cn.liaocheng.jobs.shared.County;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checker: applies the plan's rules to one situation and finds the open offers of the subtypes each rule
 * opens. Anonymous on purpose: the answers are not stored, so no access check is needed.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    /** Enough for every open offer of one subtype in one county and city-wide. */
    private static final int OFFERS_PER_SUBTYPE = 50;

    private final EligibilityRules rules;
    private final CatalogueService catalogue;

    EligibilityService(EligibilityRules rules, CatalogueService catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
    }

    /** The rules as the staff page shows them, in the plan's order. */
    public List<EligibilityRule> rules() {
        return rules.all();
    }

    public EligibilityResult check(Situation who) {
        var thisYear = catalogue.today().getYear();
        var applies = new ArrayList<EligibilityResult.Match>();
        var doesNot = new ArrayList<EligibilityRule.Verdict>();
        for (var rule : rules.all()) {
            var verdict = rule.check(who, thisYear);
            if (verdict.applies()) {
                applies.add(new EligibilityResult.Match(verdict, openOffers(rule, who.county())));
            } else if (mightExpect(rule, who) && verdict.unmet().size() == 1) {
                doesNot.add(verdict);
            }
        }
        return new EligibilityResult(applies, doesNot);
    }

    /**
     * Only what the person might have expected is explained: it gives what they want, and it is not meant for another
     * category of disability than theirs (a blind person need not read why 如康家园 is not for them; someone without
     * a certificate is told what the certificate would open).
     */
    private static boolean mightExpect(EligibilityRule rule, Situation who) {
        return rule.wants().stream().anyMatch(who.wants()::contains)
                && (rule.categories().isEmpty() || who.category() == null);
    }

    private List<OfferSummary> openOffers(EligibilityRule rule, County county) {
        var offers = new ArrayList<OfferSummary>();
        for (var subtype : rule.subtypes().stream().sorted().toList()) {
            var filter = new OfferFilter("", null, null, subtype, null, false, true);
            catalogue.search(filter, 0, OFFERS_PER_SUBTYPE).getContent().stream()
                    .filter(OfferSummary::openNow)
                    .filter(o -> o.county() == county || o.county() == County.CITYWIDE)
                    .forEach(offers::add);
        }
        return offers;
    }
}
