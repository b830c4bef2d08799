package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.Map;

/**
 * Everything one 计划进展 page shows, counted once.
 *
 * @param scopes every county in the city's order, then {@link County#CITYWIDE}
 */
public record ProgressPage(List<PlanFigures> scopes, MonthlyFigures monthly, ProgrammeFigures programmes,
        Map<County, EmploymentBase> bases) {

    public ProgressPage {
        scopes = List.copyOf(scopes);
        bases = Map.copyOf(bases);
    }
}
