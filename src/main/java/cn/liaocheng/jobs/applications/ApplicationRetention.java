package cn.liaocheng.jobs.applications;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How long the federation keeps the sent applications of a person who deleted their account (decision 0005): to the
 * end of the fifth calendar year after the year the application was last changed. An application still being
 * handled keeps moving its year on; nobody is contacted about it in the meantime.
 */
final class ApplicationRetention {

    static final int YEARS = 5;

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private ApplicationRetention() {
    }

    /** The last year an application last changed at {@code lastChange} is kept. */
    static int keptUntilYear(Instant lastChange) {
        return lastChange.atZone(LIAOCHENG).getYear() + YEARS;
    }
}
