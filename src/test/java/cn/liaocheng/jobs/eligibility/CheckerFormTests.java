package cn.liaocheng.jobs.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.applications.Answers;
import cn.liaocheng.jobs.applications.Step;
import cn.liaocheng.jobs.profile.ApplicantFacts;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.Household;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker's questions as the form engine sees them, and how their answers become a situation. */
class CheckerFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Answers blindGraduate() {
        return Answers.of(Map.of("check-for", "SELF", "county", "DONGCHANGFU", "age", "２３", "disability-category",
                "VISUAL", "household", "URBAN", "student", "yes", "graduation-year", "2026", "current-work", "NONE",
                "wants", List.of("JOB", "SKILL")));
    }

    @Test
    void at_most_eight_pages_and_the_application_questions_are_the_same_ones() {
        assertThat(CheckerForm.STEPS).hasSize(8);
        assertThat(CheckerForm.STEPS).extracting(Step::id).allMatch(id -> id.startsWith("check-"));
        var county = CheckerForm.step("check-where").orElseThrow().questions().getFirst();
        assertThat(county).isEqualTo(cn.liaocheng.jobs.applications.Forms.county());
    }

    @Test
    void complete_answers_become_the_situation_with_full_width_digits_read_as_numbers() {
        assertThat(CheckerForm.firstIncompleteStep(blindGraduate(), TODAY)).isEmpty();

        var who = CheckerForm.situation(blindGraduate());

        assertThat(who).isEqualTo(new Situation(County.DONGCHANGFU, 23, DisabilityCategory.VISUAL, null, false, 2026,
                false, Set.of(Want.JOB, Want.SKILL), false));
    }

    @Test
    void no_certificate_gives_no_category_and_a_graduation_year_typed_before_answering_no_is_not_used() {
        var answers = blindGraduate().with("disability-category", "UNKNOWN").with("student", "no")
                .with("current-work", "EMPLOYED").with("check-for", "OTHER");

        var asked = CheckerForm.asked(answers);
        var who = CheckerForm.situation(asked);

        assertThat(asked.isAnswered("graduation-year")).isFalse();
        assertThat(who.category()).isNull();
        assertThat(who.graduationYear()).isNull();
        assertThat(who.working()).isTrue();
        assertThat(who.forSomeoneElse()).isTrue();
    }

    @Test
    void the_first_unanswered_page_is_where_the_person_goes_back_to() {
        var answers = blindGraduate().only(List.of("check-for", "county"));

        assertThat(CheckerForm.firstIncompleteStep(answers, TODAY)).map(Step::id).contains("check-age");
        assertThat(CheckerForm.firstIncompleteStep(answers.with("age", "一百五"), TODAY)).map(Step::id)
                .contains("check-age");
    }

    @Test
    void the_profile_fills_in_what_it_knows_and_no_age() {
        var facts = new ApplicantFacts(1, "李秀英", "3715**********123X", DisabilityCategory.PHYSICAL, 2,
                County.SHENXIAN, "古城镇", Household.RURAL, null, null, ContactPreference.SMS, Set.of(), null);

        var answers = CheckerForm.fromProfile(facts);

        assertThat(answers.asMap()).containsOnly(Map.entry("county", "SHENXIAN"), Map.entry("township", "古城镇"),
                Map.entry("disability-category", "PHYSICAL"), Map.entry("disability-grade", "2"),
                Map.entry("household", "RURAL"));
    }
}
