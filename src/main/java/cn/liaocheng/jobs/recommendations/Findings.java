package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.shared.County;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What staff record when they finish (办结) a 职业能力评估: the abilities it found, the person's interests, the support
 * they need, and the directions it recommends. Ticked from short fixed lists, so that the matcher can explain itself.
 */
public record Findings(Set<Ability> abilities, Set<Ability> interests, Set<SupportNeed> supportNeeded,
        Set<Direction> directions) {

    public Findings {
        abilities = Set.copyOf(abilities);
        interests = Set.copyOf(interests);
        supportNeeded = Set.copyOf(supportNeeded);
        directions = Set.copyOf(directions);
    }

    /**
     * What is missing before the findings can lead anywhere: at least one ability or interest, and at least one
     * direction. Each problem names its field ({@code abilities}, {@code directions}) and a message key.
     */
    public List<Problem> problems() {
        var problems = new ArrayList<Problem>();
        if (abilities.isEmpty() && interests.isEmpty()) {
            problems.add(new Problem("abilities", "recommendations.record.abilities.missing"));
        }
        if (directions.isEmpty()) {
            problems.add(new Problem("directions", "recommendations.record.directions.missing"));
        }
        return List.copyOf(problems);
    }

    /** Nothing ticked: what a 办结 without findings amounts to. */
    public static Findings none() {
        return new Findings(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The findings for the matcher, with the person's county. */
    Assessment assessment(County county) {
        return new Assessment(abilities, interests, supportNeeded, directions, county);
    }

    /** One thing the staff member must still tick, by field and message key. */
    public record Problem(String field, String messageKey) {}

    static <E extends Enum<E>> String store(Collection<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String stored, Class<E> type, Function<String, E> valueOf) {
        var values = EnumSet.noneOf(type);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(valueOf).forEach(values::add);
        return values;
    }
}
