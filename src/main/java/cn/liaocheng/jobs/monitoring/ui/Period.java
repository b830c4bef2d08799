package cn.liaocheng.jobs.monitoring.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The period the figures are counted over, chosen by a link ({@code ?period=2024}) so that every view is a shareable
 * address: the whole plan so far ({@code all}), or one calendar year, never past today.
 */
record Period(String key, LocalDate from, LocalDate to) {

    static final String ALL = "all";

    static List<Period> choices(LocalDate planStart, LocalDate today) {
        var periods = new ArrayList<Period>();
        periods.add(new Period(ALL, planStart, today));
        for (int year = planStart.getYear(); year <= today.getYear(); year++) {
            var end = LocalDate.of(year, 12, 31);
            periods.add(new Period(Integer.toString(year), LocalDate.of(year, 1, 1), end.isAfter(today) ? today : end));
        }
        return periods;
    }

    static Period chosen(Optional<String> key, LocalDate planStart, LocalDate today) {
        var choices = choices(planStart, today);
        return choices.stream().filter(p -> p.key().equals(key.orElse(ALL))).findFirst().orElse(choices.getFirst());
    }

    boolean isWholePlan() {
        return ALL.equals(key);
    }
}
