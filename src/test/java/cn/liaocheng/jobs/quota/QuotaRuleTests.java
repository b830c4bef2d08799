package cn.liaocheng.jobs.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plan's quota (聊政办发〔2023〕6号 二（一）1): 1.5 % of staff, at least one in covered units; whole people. */
class QuotaRuleTests {

    private static QuotaAssessment enterprise(int staff, int disabled) {
        return QuotaRule.assess(UnitKind.STATE_ENTERPRISE, false, false, null, staff, disabled);
    }

    @ParameterizedTest(name = "{0} staff need {1}")
    @CsvSource({"1, 1", "49, 1", "50, 1", "66, 1", "67, 2", "100, 2", "133, 2", "134, 3", "200, 3", "201, 4",
            "1000, 15", "1001, 16"})
    void the_number_needed_is_the_smallest_whole_number_of_people_that_reaches_one_and_a_half_percent(int staff,
            int needed) {
        assertThat(enterprise(staff, 0).required()).isEqualTo(needed);
        assertThat(enterprise(staff, needed).meets()).isTrue();
        assertThat(enterprise(staff, needed - 1).meets()).isFalse();
        assertThat(enterprise(staff, needed - 1).stillNeeded()).isEqualTo(1);
    }

    @Test
    void exactly_one_and_a_half_percent_meets_the_quota() {
        var assessment = enterprise(200, 3);
        assertThat(assessment.status()).isEqualTo(QuotaStatus.MEETS);
        assertThat(assessment.ratioPercent()).isEqualByComparingTo(new BigDecimal("1.50"));
        assertThat(assessment.stillNeeded()).isZero();
    }

    @Test
    void a_ratio_just_below_the_quota_is_cut_not_rounded_up_to_one_and_a_half_percent() {
        // 199 of 13 267 is 1.49996 %: rounded to two decimals it would read 1.50 % beside 未达标.
        var justBelow = enterprise(13_267, 199);
        assertThat(justBelow.status()).isEqualTo(QuotaStatus.BELOW);
        assertThat(justBelow.ratioPercent()).isEqualByComparingTo(new BigDecimal("1.49"));
        assertThat(justBelow.stillNeeded()).isEqualTo(1);
        assertThat(enterprise(67, 1).ratioPercent()).isEqualByComparingTo(new BigDecimal("1.49"));
    }

    @Test
    void more_than_needed_still_needs_none() {
        var assessment = enterprise(100, 5);
        assertThat(assessment.meets()).isTrue();
        assertThat(assessment.stillNeeded()).isZero();
        assertThat(assessment.ratioPercent()).isEqualByComparingTo(new BigDecimal("5.00"));
    }

    @Test
    void a_unit_without_staff_has_no_ratio_and_needs_nobody() {
        var assessment = enterprise(0, 0);
        assertThat(assessment.status()).isEqualTo(QuotaStatus.NO_STAFF);
        assertThat(assessment.ratioPercent()).isNull();
        assertThat(assessment.required()).isZero();
        assertThat(assessment.stillNeeded()).isZero();
    }

    @ParameterizedTest(name = "city organ with {0} posts: rule applies {1}")
    @CsvSource({"49, false", "50, true", "67, true"})
    void the_at_least_one_rule_covers_city_organs_from_fifty_posts(int posts, boolean covered) {
        var organ = QuotaRule.assess(UnitKind.PARTY_GOVERNMENT_ORGAN, true, false, posts, posts, 0);
        assertThat(organ.atLeastOneRule()).isEqualTo(covered);
        assertThat(organ.status()).isEqualTo(QuotaStatus.BELOW);
    }

    @ParameterizedTest(name = "city institution with {0} posts: rule applies {1}")
    @CsvSource({"49, false", "50, false", "66, false", "67, true"})
    void the_at_least_one_rule_covers_public_institutions_from_sixty_seven_posts(int posts, boolean covered) {
        assertThat(QuotaRule.assess(UnitKind.PUBLIC_INSTITUTION, true, false, posts, posts, 0).atLeastOneRule())
                .isEqualTo(covered);
    }

    @Test
    void schools_kindergartens_county_units_enterprises_and_units_without_posts_are_not_covered_by_the_rule() {
        assertThat(QuotaRule.assess(UnitKind.PUBLIC_INSTITUTION, true, true, 300, 300, 0).atLeastOneRule()).isFalse();
        assertThat(QuotaRule.assess(UnitKind.PARTY_GOVERNMENT_ORGAN, false, false, 300, 300, 0).atLeastOneRule())
                .as("a county organ: pooled by the county").isFalse();
        assertThat(QuotaRule.assess(UnitKind.PUBLIC_INSTITUTION, false, false, 300, 300, 0).atLeastOneRule()).isFalse();
        assertThat(QuotaRule.assess(UnitKind.STATE_ENTERPRISE, true, false, 300, 300, 0).atLeastOneRule()).isFalse();
        assertThat(QuotaRule.assess(UnitKind.OTHER, true, false, 300, 300, 0).atLeastOneRule()).isFalse();
        assertThat(QuotaRule.assess(UnitKind.PARTY_GOVERNMENT_ORGAN, true, false, null, 300, 0).atLeastOneRule())
                .isFalse();
    }

    @Test
    void a_covered_unit_needs_one_person_even_with_fewer_staff_in_post_than_posts() {
        // 编制 60, nobody in post yet: the ratio asks nothing, the plan still asks for one.
        var organ = QuotaRule.assess(UnitKind.PARTY_GOVERNMENT_ORGAN, true, false, 60, 0, 0);
        assertThat(organ.required()).isEqualTo(1);
        assertThat(organ.stillNeeded()).isEqualTo(1);
        assertThat(organ.status()).isEqualTo(QuotaStatus.BELOW);
        assertThat(organ.ratioPercent()).isNull();
        // 编制 50 and 50 in post: 0.75 rounds up to 1 by the ratio as well; one disabled employee meets both.
        var met = QuotaRule.assess(UnitKind.PARTY_GOVERNMENT_ORGAN, true, false, 50, 50, 1);
        assertThat(met.meets()).isTrue();
        assertThat(met.ratioPercent()).isEqualByComparingTo(new BigDecimal("2.00"));
    }

    @Test
    void impossible_figures_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> enterprise(10, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> enterprise(-1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> enterprise(10, -1));
    }

    @Test
    void a_very_large_unit_does_not_overflow() {
        assertThat(enterprise(1_000_000, 15_000).meets()).isTrue();
        assertThat(enterprise(1_000_000, 14_999).stillNeeded()).isEqualTo(1);
    }
}
