package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.catalogue.OfferSummary;
import java.util.List;

/**
 * What a check found: the rules that apply, each with its open offers near the person, and the rules the person
 * might have expected (they want what it gives) that do not apply, with the reason.
 */
public record EligibilityResult(List<Match> applies, List<EligibilityRule.Verdict> doesNotApply) {

    public EligibilityResult {
        applies = List.copyOf(applies);
        doesNotApply = List.copyOf(doesNotApply);
    }

    /** A rule that applies and the offers open now in the person's county or city-wide (may be none). */
    public record Match(EligibilityRule.Verdict verdict, List<OfferSummary> offers) {
        public Match {
            offers = List.copyOf(offers);
        }
    }

    /** The matches for one want, in the rules' order: the result page's groups. */
    public List<Match> appliesFor(Want want) {
        return applies.stream().filter(m -> m.verdict().rule().wants().contains(want)).toList();
    }
}
