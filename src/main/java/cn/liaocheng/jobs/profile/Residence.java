package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.County;
import org.jspecify.annotations.Nullable;

/** Where a person lives, as their profile says; both empty when the profile does not say (or is gone). */
public record Residence(@Nullable County county, @Nullable String township) {
}
