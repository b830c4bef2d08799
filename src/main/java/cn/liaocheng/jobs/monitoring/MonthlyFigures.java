package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counted figures month by month: every month of the period (also those with nothing), and for each figure that
 * is a count of events its value in that month. The rate and the training bases are states, not events, so absent.
 */
public record MonthlyFigures(County scope, List<YearMonth> months, Map<FigureKind, Map<YearMonth, Long>> values) {

    /** The figures that add up month by month. */
    public static final List<FigureKind> MONTHLY = Arrays.stream(FigureKind.values())
            .filter(k -> k != FigureKind.EMPLOYMENT_RATE && k != FigureKind.TRAINING_BASES).toList();

    public MonthlyFigures {
        months = List.copyOf(months);
        values = Map.copyOf(values);
    }

    public long value(FigureKind kind, YearMonth month) {
        return values.getOrDefault(kind, Map.of()).getOrDefault(month, 0L);
    }

    static MonthlyFigures of(Tally tally, County scope, LocalDate from, LocalDate to) {
        var months = new ArrayList<YearMonth>();
        for (var m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        var values = new EnumMap<FigureKind, Map<YearMonth, Long>>(FigureKind.class);
        MONTHLY.forEach(kind -> values.put(kind, tally.byMonth(kind, scope)));
        return new MonthlyFigures(scope, months, values);
    }
}
