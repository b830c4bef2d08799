package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.shared.County;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a 职业能力评估 found, as the matcher reads it.
 *
 * @param county where the person lives, if known: offers there come first
 */
public record Assessment(Set<Ability> abilities, Set<Ability> interests, Set<SupportNeed> supportNeeded,
        Set<Direction> directions, @Nullable County county) {

    public Assessment {
        abilities = Set.copyOf(abilities);
        interests = Set.copyOf(interests);
        supportNeeded = Set.copyOf(supportNeeded);
        directions = Set.copyOf(directions);
    }
}
