package cn.liaocheng.jobs.profile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Support the person needs at courses, assessments and appointments. Health-related, so sensitive. */
public enum SupportNeed {
    SIGN_LANGUAGE, BRAILLE_OR_LARGE_PRINT, STEP_FREE, COMPANION;

    public String messageKey() {
        return "profile.support." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String store(Set<SupportNeed> needs) {
        return needs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<SupportNeed> read(String stored) {
        var needs = EnumSet.noneOf(SupportNeed.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(SupportNeed::valueOf).forEach(needs::add);
        return needs;
    }
}
