package cn.liaocheng.jobs.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each seeded rule against the plan's own words: a person the article is written for, and one it excludes, with the
 * sentence that says why. The rules are read from the migrated table on the embedded database.
 */
@SpringBootTest
class EligibilityRulesTests {

    @Autowired EligibilityService service;
    @Autowired CatalogueService catalogue;
    @Autowired Wording wording;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    static Situation person(boolean rural, int age, @Nullable DisabilityCategory category, @Nullable Integer graduated,
            Want... wants) {
        return new Situation(County.SHENXIAN, age, category, 2, rural, graduated, false, Set.of(wants), false);
    }


    static Stream<Arguments> plan() {
        return Stream.of(
                // （四）1 手造 brings jobs and businesses to any disabled person of working age.
                Arguments.of("handicraft", person(false, 30, DisabilityCategory.HEARING, null, Want.BUSINESS),
                        person(false, 30, DisabilityCategory.HEARING, null, Want.SKILL), "自己创业"),
                // （五）1 如康家园 is assisted employment for intellectual, psychosocial and multiple disabilities.
                Arguments.of("assisted-employment", person(true, 40, DisabilityCategory.INTELLECTUAL, null, Want.JOB),
                        person(true, 40, DisabilityCategory.PHYSICAL, null, Want.JOB), "智力残疾"),
                // （五）2 public-welfare posts place those who have difficulty finding work, of working age.
                Arguments.of("public-welfare-post", person(false, 50, DisabilityCategory.PHYSICAL, null, Want.JOB),
                        person(false, 63, DisabilityCategory.PHYSICAL, null, Want.JOB), "60周岁以下"),
                // （六）1 rural employment bases are for rural disabled people.
                Arguments.of("rural-base", person(true, 35, DisabilityCategory.PHYSICAL, null, Want.JOB),
                        person(false, 35, DisabilityCategory.PHYSICAL, null, Want.JOB), "农村户口"),
                // （六）3 practical skills training for rural disabled people.
                Arguments.of("rural-training", person(true, 45, DisabilityCategory.PHYSICAL, null, Want.SKILL),
                        person(false, 45, DisabilityCategory.PHYSICAL, null, Want.SKILL), "农村户口"),
                // （七）2 graduates who left university without a job: within two years of graduating.
                Arguments.of("graduate", person(false, 23, DisabilityCategory.VISUAL, -1, Want.JOB),
                        person(false, 30, DisabilityCategory.VISUAL, -6, Want.JOB), "毕业2年内"),
                // （八）1、2 blind medical massage work and clinics.
                Arguments.of("massage-clinic", person(false, 35, DisabilityCategory.VISUAL, null, Want.JOB),
                        person(false, 35, DisabilityCategory.HEARING, null, Want.JOB), "视力残疾"),
                // （八）4 “学历+技能” massage training for blind people.
                Arguments.of("massage-training", person(false, 20, DisabilityCategory.VISUAL, null, Want.SKILL),
                        person(false, 20, DisabilityCategory.PHYSICAL, null, Want.SKILL), "视力残疾"),
                // （九）3 start-up zones in incubation bases for those who start a business.
                Arguments.of("startup-zone", person(false, 28, DisabilityCategory.PHYSICAL, null, Want.BUSINESS),
                        person(false, 28, DisabilityCategory.PHYSICAL, null, Want.JOB), "自己创业"),
                // （九）3 guaranteed start-up loans: money for a business, adults of working age.
                Arguments.of("guaranteed-loan", person(false, 40, DisabilityCategory.PHYSICAL, null, Want.MONEY),
                        person(false, 40, DisabilityCategory.PHYSICAL, null, Want.BUSINESS), "资金"),
                // （十）1 vocational training after an ability assessment, working age.
                Arguments.of("vocational-training", person(false, 17, DisabilityCategory.SPEECH, null, Want.SKILL),
                        person(false, 15, DisabilityCategory.SPEECH, null, Want.SKILL), "年满16周岁"),
                // （十一）1 the bank lends to disabled people (and their families) on the federation's referral.
                Arguments.of("abc-referral", person(true, 50, DisabilityCategory.PHYSICAL, null, Want.MONEY),
                        person(true, 17, DisabilityCategory.PHYSICAL, null, Want.MONEY), "年满18周岁"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plan")
    void each_rule_takes_the_person_its_article_is_written_for_and_says_why_it_excludes_another(String code,
            Situation included, Situation excluded, String reason) {
        var year = catalogue.today().getYear();
        var rule = service.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();

        var yes = rule.check(relative(included, year), year);
        assertThat(yes.applies()).as(yes.unmet().toString()).isTrue();
        assertThat(wording.because(yes, ZH)).startsWith("因为您");

        var no = rule.check(relative(excluded, year), year);
        assertThat(no.applies()).isFalse();
        assertThat(wording.butNot(no, ZH)).contains(reason);
    }

    @Test
    void every_seeded_rule_has_a_case_and_cites_an_article_of_the_plan() {
        var tested = plan().map(a -> a.get()[0]).toList();
        assertThat(service.rules()).extracting(EligibilityRule::code).containsExactlyInAnyOrderElementsOf(
                tested.stream().map(String.class::cast).toList());
        assertThat(service.rules()).allSatisfy(r -> {
            assertThat(r.article()).matches("（[四五六七八九十一]+）.+");
            assertThat(r.subtypes()).isNotEmpty();
            assertThat(wording.sentence(r, ZH)).startsWith(r.article()).contains("牵头单位");
        });
    }

    @Test
    void the_staff_sentence_reads_the_conditions_in_words() {
        var rule = service.rules().stream().filter(r -> r.code().equals("rural-training")).findFirst().orElseThrow();
        assertThat(wording.sentence(rule, ZH)).isEqualTo(
                "（六）3 农村困难残疾人实用技术培训：农村户口、16周岁以上、想学一门技能的残疾人可以申请农村实用技术培训"
                        + "（牵头单位：市残联、市农业农村局）。");
    }

    @Test
    void public_welfare_posts_and_graduate_help_are_for_people_without_work() {
        var year = catalogue.today().getYear();
        var working = new Situation(County.SHENXIAN, 23, DisabilityCategory.VISUAL, 2, false, year - 1, true,
                Set.of(Want.JOB), false);
        for (var code : java.util.List.of("public-welfare-post", "graduate")) {
            var verdict = rule(code).check(working, year);
            assertThat(verdict.applies()).as(code).isFalse();
            assertThat(wording.butNot(verdict, ZH)).isEqualTo("但是这项面向现在没有工作的残疾人");
        }
        assertThat(rule("massage-clinic").check(working, year).applies()).as("work for a blind person who has a job")
                .isTrue();
    }

    @Test
    void the_reasons_read_in_english_too() {
        var year = catalogue.today().getYear();
        var someone = new Situation(County.SHENXIAN, 45, DisabilityCategory.PHYSICAL, 2, true, null, false,
                Set.of(Want.SKILL), true);
        assertThat(wording.because(rule("rural-training").check(someone, year), Locale.ENGLISH)).isEqualTo(
                "Because they have a rural household registration; they are 45, within the age limits; they want to"
                        + " learn a skill.");
        assertThat(wording.butNot(rule("massage-training").check(someone, year), Locale.ENGLISH))
                .isEqualTo("But this is for Visual impairment, as written on the disability certificate.");
        assertThat(wording.sentence(rule("rural-training"), Locale.ENGLISH)).isEqualTo(
                "（六）3 农村困难残疾人实用技术培训: disabled people with a rural household registration, aged 16 or over,"
                        + " who want to learn a skill can apply for Practical farming skills training (lead department:"
                        + " City Disabled Persons' Federation, City Agriculture and Rural Affairs Bureau).");
    }

    private EligibilityRule rule(String code) {
        return service.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    /** Graduation years in the cases are relative, so the tests keep working in later years. */
    private static Situation relative(Situation s, int year) {
        var graduated = s.graduationYear() == null ? null : year + s.graduationYear();
        return new Situation(s.county(), s.age(), s.category(), s.grade(), s.rural(), graduated, s.working(), s.wants(),
                s.forSomeoneElse());
    }
}
