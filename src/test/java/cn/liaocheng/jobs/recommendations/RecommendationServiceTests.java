package cn.liaocheng.jobs.recommendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationNotFoundException;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.recommendations.Match.Reason;
import cn.liaocheng.jobs.recommendations.Match.Rule;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.shared.County;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Recording an assessment's findings at 办结 and reading 为您推荐, on embedded PostgreSQL: the person, a consented
 * helper and the county's staff see them; a stranger, a helper before consent, a withdrawn helper and staff of another
 * county get not-found.
 */
@SpringBootTest
class RecommendationServiceTests {

    @Autowired RecommendationService recommendations;
    @Autowired ReviewService review;
    @Autowired ProfileService profiles;
    @Autowired TestAssessments assessments;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void findings_recorded_at_completion_lead_the_person_to_matching_offers_with_their_reasons() {
        var course = assessments.massageCourse();
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);

        TestAccounts.signIn(finished.applicant());
        var seen = recommendations.forPerson(finished.personId()).orElseThrow();

        assertThat(seen.person().self()).isTrue();
        var found = seen.recommendations();
        assertThat(found).isNotNull();
        assertThat(found.assessment().applicationId()).isEqualTo(finished.applicationId());
        assertThat(found.assessment().county()).isEqualTo(County.SHENXIAN);
        assertThat(found.assessment().findings()).isEqualTo(TestAssessments.MASSEUR);
        // Other tests' courses like this one score 9 too (ties go by slug): nothing outranks it, and it is listed.
        assertThat(found.matches().getFirst().score()).isEqualTo(9);
        var first = found.matches().stream().filter(m -> m.offer().slug().equals(course.slug())).findFirst()
                .orElseThrow();
        assertThat(first.score()).isEqualTo(9);
        assertThat(first.reasons()).extracting(Reason::rule).containsExactly(Rule.ABILITY, Rule.DIRECTION,
                Rule.SUPPORT, Rule.SUPPORT, Rule.SUPPORT, Rule.COUNTY);
        assertThat(first.reasons().getFirst().argumentKey()).isEqualTo("recommendations.ability.massage");
        assertThat(found.matches()).hasSizeLessThanOrEqualTo(Recommendations.SHOWN);
        assertThat(found.matches()).extracting(Match::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(found.matches()).allMatch(m -> m.offer().open() && m.offer().subtype() != OfferSubtype.ASSESSMENT);
    }

    @Test
    void completing_an_assessment_without_findings_is_refused_and_changes_nothing() {
        var approved = assessments.approved("黄立新");
        TestAccounts.signIn(assessments.shenxianCaseworker());
        long id = approved.applicationId();
        int version = review.open(id).reviewCase().version();

        var refused = review.complete(id, version, new Outcome.Training(true, true, null));
        var empty = review.complete(id, version, new Outcome.Training(true, true, null),
                new Findings(Set.of(), Set.of(), Set.of(SupportNeed.STEP_FREE), Set.of()));

        for (var outcome : java.util.List.of(refused, empty)) {
            assertThat(outcome).isInstanceOfSatisfying(ReviewOutcome.Invalid.class, invalid -> assertThat(
                    invalid.problems()).extracting(ReviewOutcome.Problem::field).containsExactly("abilities",
                            "directions"));
        }
        assertThat(review.open(id).reviewCase().status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(recommendations.forApplication(id)).isEmpty();
        assertThat(review.open(id).recommendations()).isNull();
        assertThat(review.open(id).assessment()).isTrue();
    }

    @Test
    void an_interest_alone_and_one_direction_are_enough() {
        var finished = assessments.finished("黄立新", new Findings(Set.of(), Set.of(Ability.FARMING), Set.of(),
                Set.of(Direction.ASSISTED)));

        TestAccounts.signIn(finished.applicant());
        assertThat(recommendations.forPerson(finished.personId()).orElseThrow().recommendations().assessment()
                .findings().interests()).containsExactly(Ability.FARMING);
    }

    @Test
    void before_any_assessment_the_person_is_found_without_recommendations() {
        var submitted = assessments.submitted("黄立新");

        TestAccounts.signIn(submitted.applicant());
        var seen = recommendations.forPerson(submitted.personId()).orElseThrow();

        assertThat(seen.recommendations()).isNull();
        assertThat(recommendations.ownPersonId()).contains(submitted.personId());
    }

    @Test
    void a_consented_helper_sees_the_same_recommendations() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        var daughter = accounts.applicant("黄小红");
        people.addHelper(finished.personId(), daughter, Relationship.DAUGHTER, true);

        TestAccounts.signIn(daughter);
        var seen = recommendations.forPerson(finished.personId()).orElseThrow();

        assertThat(seen.person().self()).isFalse();
        assertThat(seen.recommendations().assessment().applicationId()).isEqualTo(finished.applicationId());
        assertThat(recommendations.people()).extracting(p -> p.personId()).contains(finished.personId());
    }

    @Test
    void a_stranger_a_helper_before_consent_and_a_withdrawn_helper_get_not_found() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);

        for (var outsider : assessments.outsidersOf(finished.personId())) {
            TestAccounts.signIn(outsider);
            assertThat(recommendations.forPerson(finished.personId())).as(outsider.displayName()).isEmpty();
            assertThat(recommendations.people()).extracting(p -> p.personId()).doesNotContain(finished.personId());
        }
    }

    @Test
    void staff_of_the_county_see_the_list_on_the_application_and_staff_of_another_county_get_not_found() {
        assessments.massageCourse();
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        long id = finished.applicationId();

        TestAccounts.signIn(assessments.shenxianCaseworker());
        assertThat(recommendations.forApplication(id)).hasValueSatisfying(r -> assertThat(r.matches()).isNotEmpty());
        assertThat(review.open(id).recommendations()).isNotNull();
        // Staff read a person's recommendations only through the application, never as the person.
        assertThat(recommendations.forPerson(finished.personId())).isEmpty();

        TestAccounts.signIn(accounts.caseworker("东阿县 李老师", County.DONGE));
        assertThat(recommendations.forApplication(id)).isEmpty();
        assertThatThrownBy(() -> review.open(id)).isInstanceOf(ApplicationNotFoundException.class);

        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        assertThat(recommendations.forApplication(id)).isPresent();

        TestAccounts.signIn(finished.applicant());
        assertThatThrownBy(() -> recommendations.forApplication(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_of_another_county_cannot_record_findings_and_a_second_record_changes_nothing() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);
        long id = finished.applicationId();

        TestAccounts.signIn(accounts.caseworker("东阿县 李老师", County.DONGE));
        assertThatThrownBy(() -> recommendations.record(id, finished.personId(), County.SHENXIAN,
                TestAssessments.MASSEUR)).isInstanceOf(AccessDeniedException.class);

        TestAccounts.signIn(assessments.shenxianCaseworker());
        var other = new Findings(Set.of(Ability.FARMING), Set.of(), Set.of(), Set.of(Direction.TRAINING));
        assertThat(recommendations.record(id, finished.personId(), County.SHENXIAN, other)).isFalse();
        assertThat(recommendations.forApplication(id).orElseThrow().assessment().findings())
                .isEqualTo(TestAssessments.MASSEUR);
    }

    @Test
    void the_findings_go_when_the_person_has_their_health_data_deleted() {
        var finished = assessments.finished("黄立新", TestAssessments.MASSEUR);

        TestAccounts.signIn(finished.applicant());
        assertThat(profiles.deleteSensitiveData()).isTrue();

        assertThat(recommendations.forPerson(finished.personId()).orElseThrow().recommendations()).isNull();
    }
}
