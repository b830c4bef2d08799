package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.CountyMonthCount;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the one query per figure answered, held once per page so that every county's figures, the city's total and
 * the months are added up from the same answer.
 */
record Tally(Map<FigureKind, List<CountyMonthCount>> monthly, Map<County, Long> trainingBases,
        Map<County, Long> peopleEmployed, Map<County, EmploymentBase> bases) {

    long sum(FigureKind kind, County scope) {
        return monthly.getOrDefault(kind, List.of()).stream()
                .filter(c -> scope == County.CITYWIDE || c.county() == scope)
                .mapToLong(CountyMonthCount::value).sum();
    }

    /** Month by month in scope; months without any are absent. */
    Map<YearMonth, Long> byMonth(FigureKind kind, County scope) {
        var months = new TreeMap<YearMonth, Long>();
        monthly.getOrDefault(kind, List.of()).stream()
                .filter(c -> scope == County.CITYWIDE || c.county() == scope)
                .forEach(c -> months.merge(c.month(), c.value(), Long::sum));
        return months;
    }

    Figure figure(FigureKind kind, County scope) {
        var target = PlanTargets.of(kind, scope);
        return switch (kind) {
            case EMPLOYMENT_RATE -> rate(scope, target);
            case TRAINING_BASES -> Figure.count(kind, scope == County.CITYWIDE
                    ? PlanTargets.COUNTIES.stream().filter(c -> trainingBases.getOrDefault(c, 0L) > 0).count()
                    : trainingBases.getOrDefault(scope, 0L), target);
            default -> Figure.count(kind, sum(kind, scope), target);
        };
    }

    private Figure rate(County scope, @Nullable Long target) {
        // Only counties with a denominator enter the city's rate: employed people of a county whose base is unknown
        // would otherwise raise it without their county's holders below the line.
        var counties = scope == County.CITYWIDE ? bases.keySet() : bases.containsKey(scope) ? List.of(scope) : List.<County>of();
        if (counties.isEmpty()) {
            return new Figure(FigureKind.EMPLOYMENT_RATE, 0, target, null, null);
        }
        long numerator = counties.stream().mapToLong(c -> peopleEmployed.getOrDefault(c, 0L)).sum();
        long denominator = counties.stream().mapToLong(c -> bases.get(c).workingAgeHolders()).sum();
        long perMille = (numerator * 2000 + denominator) / (2 * denominator);
        return new Figure(FigureKind.EMPLOYMENT_RATE, perMille, target, numerator, denominator);
    }

    static Map<FigureKind, List<CountyMonthCount>> emptyMonthly() {
        return new EnumMap<>(FigureKind.class);
    }
}
