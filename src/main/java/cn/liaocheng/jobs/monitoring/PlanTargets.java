package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The targets of 聊城市促进残疾人就业三年行动实施方案 (2023), as its text sets them. The plan splits none of its counts
 * per county, so a county has a target only for the rate (55 %) and for having a training base (at least one).
 */
final class PlanTargets {

    /** The plan's period: from its start to "到2024年" (the end of 2024). */
    static final LocalDate PLAN_START = LocalDate.of(2023, 1, 1);
    static final LocalDate PLAN_END = LocalDate.of(2024, 12, 31);

    static final long NEW_JOBS = 6000;
    static final long ASSISTED_EMPLOYMENT = 1000;
    /** 55 % in per mille. */
    static final long EMPLOYMENT_RATE_PER_MILLE = 550;

    /** The counties (县、市、区 and the three development zones) that each need a training base. */
    static final List<County> COUNTIES = Arrays.stream(County.values()).filter(c -> c != County.CITYWIDE).toList();

    private PlanTargets() {}

    static @Nullable Long of(FigureKind kind, County scope) {
        var citywide = scope == County.CITYWIDE;
        return switch (kind) {
            case NEW_JOBS -> citywide ? NEW_JOBS : null;
            case ASSISTED_EMPLOYMENT -> citywide ? ASSISTED_EMPLOYMENT : null;
            case EMPLOYMENT_RATE -> EMPLOYMENT_RATE_PER_MILLE;
            case TRAINING_BASES -> citywide ? (long) COUNTIES.size() : 1L;
            default -> null;
        };
    }
}
