package cn.liaocheng.jobs.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.AccessibilityFeature;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.recommendations.Match.Reason;
import cn.liaocheng.jobs.recommendations.Match.Rule;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The matching rules on fixed offers and assessments: which offers, in which order, for which reasons. */
class MatcherTests {

    private static Candidate offer(String slug, OfferSubtype subtype, County county, AccessibilityFeature... features) {
        return new Candidate(slug, new LocalizedText(slug, null), subtype, county, Set.of(features), true);
    }

    private static final Candidate MASSAGE_BRAILLE = offer("massage-braille", OfferSubtype.MASSAGE, County.SHENXIAN,
            AccessibilityFeature.BRAILLE_LARGE_PRINT);
    private static final Candidate MASSAGE_PLAIN = offer("massage-plain", OfferSubtype.MASSAGE, County.DONGE);
    private static final Candidate CLINIC = offer("clinic", OfferSubtype.MASSAGE_CLINIC, County.SHENXIAN);
    private static final Candidate FARMING = offer("farming", OfferSubtype.AGRICULTURAL, County.SHENXIAN);
    private static final Candidate LOAN = offer("loan", OfferSubtype.GUARANTEED_STARTUP, County.DONGE);
    private static final Candidate ASSESSMENT = offer("assessment", OfferSubtype.ASSESSMENT, County.SHENXIAN);
    private static final Candidate WELFARE_POST = offer("welfare-post", OfferSubtype.PUBLIC_WELFARE_POST,
            County.SHENXIAN, AccessibilityFeature.SIGN_LANGUAGE);

    private static final List<Candidate> CATALOGUE = List.of(ASSESSMENT, FARMING, LOAN, MASSAGE_PLAIN, CLINIC,
            WELFARE_POST, MASSAGE_BRAILLE);

    private static Assessment blindMasseur() {
        return new Assessment(Set.of(Ability.MASSAGE), Set.of(), Set.of(SupportNeed.BRAILLE_OR_LARGE_PRINT),
                Set.of(Direction.TRAINING, Direction.SELF_EMPLOYED), County.SHENXIAN);
    }

    @Test
    void a_massage_ability_puts_the_massage_course_with_braille_in_the_persons_county_first() {
        var matches = Matcher.match(blindMasseur(), CATALOGUE);

        // massage-braille: ability 3 + training 2 + braille 1 + county 1 = 7; clinic: ability 3 + self-employed 2 +
        // county 1 = 6; massage-plain: 3 + 2 = 5; farming: training 2 + county 1 = 3; loan: self-employed 2.
        assertThat(matches).extracting(m -> m.offer().slug())
                .containsExactly("massage-braille", "clinic", "massage-plain", "farming", "loan");
        assertThat(matches).extracting(Match::score).containsExactly(7, 6, 5, 3, 2);
    }

    @Test
    void each_match_says_which_rule_found_it_and_what_the_assessment_said() {
        var first = Matcher.match(blindMasseur(), CATALOGUE).getFirst();

        assertThat(first.reasons()).containsExactly(
                new Reason(Rule.ABILITY, "recommendations.reason.ability", "recommendations.ability.massage"),
                new Reason(Rule.DIRECTION, "recommendations.reason.direction", "recommendations.direction.training"),
                new Reason(Rule.SUPPORT, "recommendations.reason.support", "feature.braille_large_print"),
                new Reason(Rule.COUNTY, "recommendations.reason.county", County.SHENXIAN.messageKey()));
    }

    @Test
    void the_assessment_itself_and_offers_that_fit_nothing_are_not_recommended() {
        var matches = Matcher.match(new Assessment(Set.of(Ability.FARMING), Set.of(), Set.of(), Set.of(), null),
                CATALOGUE);

        assertThat(matches).extracting(m -> m.offer().slug()).containsExactly("farming");
        assertThat(Matcher.match(new Assessment(Set.of(), Set.of(), Set.of(), Set.of(Direction.TRAINING), null),
                CATALOGUE)).extracting(m -> m.offer().slug())
                .doesNotContain("assessment").contains("farming", "massage-plain", "massage-braille");
    }

    @Test
    void support_and_county_alone_recommend_nothing() {
        var matches = Matcher.match(new Assessment(Set.of(), Set.of(), Set.of(SupportNeed.SIGN_LANGUAGE), Set.of(),
                County.SHENXIAN), CATALOGUE);

        assertThat(matches).isEmpty();
    }

    @Test
    void an_interest_counts_less_than_an_ability_and_is_not_counted_twice() {
        var interested = new Assessment(Set.of(Ability.COMMUNICATION), Set.of(Ability.COMMUNICATION, Ability.FARMING),
                Set.of(SupportNeed.SIGN_LANGUAGE), Set.of(), null);

        var matches = Matcher.match(interested, CATALOGUE);

        // welfare-post: ability 3 + sign language 1; farming: interest 1.
        assertThat(matches).extracting(m -> m.offer().slug()).containsExactly("welfare-post", "farming");
        assertThat(matches).extracting(Match::score).containsExactly(4, 1);
        assertThat(matches.getLast().reasons()).extracting(Reason::rule).containsExactly(Rule.INTEREST);
    }

    @Test
    void a_closed_offer_is_never_recommended() {
        var closed = new Candidate("closed-massage", new LocalizedText("closed", null), OfferSubtype.MASSAGE,
                County.SHENXIAN, Set.of(AccessibilityFeature.BRAILLE_LARGE_PRINT), false);

        assertThat(Matcher.match(blindMasseur(), List.of(closed, MASSAGE_PLAIN))).extracting(m -> m.offer().slug())
                .containsExactly("massage-plain");
    }

    @Test
    void a_companion_is_no_feature_of_an_offer() {
        assertThat(Matcher.feature(SupportNeed.COMPANION)).isEmpty();
        assertThat(Matcher.feature(SupportNeed.STEP_FREE)).contains(AccessibilityFeature.STEP_FREE);
    }
}
