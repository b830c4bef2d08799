package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan's figures for one scope and period, one {@link Figure} per {@link FigureKind} in that order.
 *
 * @param scope a county, or {@link County#CITYWIDE} for the whole city (every county, plus what is recorded as
 *              city-wide)
 * @param from  first day counted
 * @param to    last day counted
 */
public record PlanFigures(County scope, LocalDate from, LocalDate to, List<Figure> figures) {

    public PlanFigures {
        figures = List.copyOf(figures);
    }

    public Figure figure(FigureKind kind) {
        return figures.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow();
    }
}
