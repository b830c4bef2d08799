package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answers of one check: about the person the check is for (oneself or someone one helps).
 *
 * @param category       null when the person has no disability certificate yet (or does not know)
 * @param grade          1-4 on the certificate, null when unknown
 * @param rural          rural household registration (农村户口)
 * @param graduationYear the year of leaving university or college, null when not a student or graduate
 * @param working        has work now: a job, a business of their own or farming for a living
 */
public record Situation(County county, int age, @Nullable DisabilityCategory category, @Nullable Integer grade,
        boolean rural, @Nullable Integer graduationYear, boolean working, Set<Want> wants, boolean forSomeoneElse) {

    public Situation {
        wants = Set.copyOf(wants);
    }
}
