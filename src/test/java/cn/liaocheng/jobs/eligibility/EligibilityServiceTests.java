package cn.liaocheng.jobs.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Typical people walked through the checker on the embedded database, to the lists they should see. */
@SpringBootTest
class EligibilityServiceTests {

    @Autowired EligibilityService service;
    @Autowired CatalogueService catalogue;
    @Autowired Wording wording;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static java.util.List<String> codes(EligibilityResult result) {
        return result.applies().stream().map(m -> m.verdict().rule().code()).toList();
    }

    @Test
    void a_blind_graduate_in_dongchangfu_gets_graduate_help_and_massage_but_not_rural_training() {
        var year = catalogue.today().getYear();
        var result = service.check(new Situation(County.DONGCHANGFU, 23, DisabilityCategory.VISUAL, 1, false, year, false,
                Set.of(Want.JOB, Want.SKILL), false));

        assertThat(codes(result)).containsExactly("handicraft", "public-welfare-post", "graduate", "massage-clinic",
                "massage-training", "vocational-training");
        assertThat(result.doesNotApply()).extracting(v -> v.rule().code())
                .contains("rural-base", "rural-training").doesNotContain("assisted-employment");
        assertThat(wording.because(result.applies().get(2).verdict(), ZH)).contains("大学生");
        assertThat(result.applies()).allSatisfy(m -> assertThat(m.offers())
                .allSatisfy(o -> assertThat(o.county()).isIn(County.DONGCHANGFU, County.CITYWIDE)));
    }

    @Test
    void a_rural_wheelchair_user_in_shenxian_who_wants_to_farm_and_borrow_is_told_why_the_startup_loan_fits() {
        var result = service.check(new Situation(County.SHENXIAN, 45, DisabilityCategory.PHYSICAL, 2, true, null, false,
                Set.of(Want.SKILL, Want.MONEY), false));

        assertThat(codes(result)).containsExactly("rural-training", "guaranteed-loan", "vocational-training",
                "abc-referral");
        var rural = result.applies().get(0);
        assertThat(wording.because(rural.verdict(), ZH)).isEqualTo("因为您是农村户口，您45岁，在规定的年龄内，您想学一门技能");
        assertThat(rural.offers()).allSatisfy(o -> assertThat(o.county()).isIn(County.SHENXIAN, County.CITYWIDE));
        assertThat(wording.because(result.applies().get(1).verdict(), ZH)).contains("创业或经营的资金");
        // Blind massage is for another category: not listed as something that "does not apply" to her.
        assertThat(result.doesNotApply()).extracting(v -> v.rule().code()).doesNotContain("massage-training");
    }

    @Test
    void a_father_with_an_intellectual_disability_whose_daughter_asks_is_offered_assisted_employment() {
        var result = service.check(new Situation(County.CHIPING, 52, DisabilityCategory.INTELLECTUAL, 3, true, null, false,
                Set.of(Want.JOB), true));

        assertThat(codes(result)).containsExactly("handicraft", "assisted-employment", "public-welfare-post",
                "rural-base");
        assertThat(wording.because(result.applies().get(1).verdict(), ZH)).startsWith("因为他/她").contains("智力残疾");
        assertThat(result.appliesFor(Want.JOB)).hasSize(4);
        assertThat(result.appliesFor(Want.MONEY)).isEmpty();
    }

    @Test
    void someone_without_a_certificate_is_not_offered_what_needs_a_category() {
        var result = service.check(new Situation(County.YANGGU, 30, null, null, false, null, false,
                Set.of(Want.SKILL), false));

        assertThat(codes(result)).containsExactly("vocational-training");
        assertThat(result.doesNotApply()).extracting(v -> v.rule().code()).contains("massage-training");
    }
}
