package cn.liaocheng.jobs.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.recommendations.Findings.Problem;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a 办结 of an assessment must record before it can lead anywhere, and how the lists are stored. */
class FindingsTests {

    @Test
    void nothing_ticked_needs_an_ability_or_interest_and_a_direction() {
        assertThat(Findings.none().problems()).containsExactly(
                new Problem("abilities", "recommendations.record.abilities.missing"),
                new Problem("directions", "recommendations.record.directions.missing"));
    }

    @Test
    void support_alone_is_not_a_finding() {
        var support = new Findings(Set.of(), Set.of(), Set.of(SupportNeed.STEP_FREE), Set.of(Direction.ASSISTED));

        assertThat(support.problems()).extracting(Problem::field).containsExactly("abilities");
    }

    @Test
    void an_interest_and_a_direction_are_enough() {
        var interest = new Findings(Set.of(), Set.of(Ability.FARMING), Set.of(), Set.of(Direction.TRAINING));

        assertThat(interest.problems()).isEmpty();
    }

    @Test
    void the_lists_are_stored_as_sorted_codes_and_read_back() {
        var stored = Findings.store(Set.of(Direction.SELF_EMPLOYED, Direction.ASSISTED));

        assertThat(stored).isEqualTo("ASSISTED,SELF_EMPLOYED");
        assertThat(Findings.read(stored, Direction.class, Direction::valueOf))
                .containsExactlyInAnyOrder(Direction.ASSISTED, Direction.SELF_EMPLOYED);
        assertThat(Findings.read("", Ability.class, Ability::valueOf)).isEmpty();
    }
}
