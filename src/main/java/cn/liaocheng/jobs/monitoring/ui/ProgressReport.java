package cn.liaocheng.jobs.monitoring.ui;

import cn.liaocheng.jobs.monitoring.EmploymentBase;
import cn.liaocheng.jobs.monitoring.Figure;
import cn.liaocheng.jobs.monitoring.FigureKind;
import cn.liaocheng.jobs.monitoring.MonthlyFigures;
import cn.liaocheng.jobs.monitoring.PlanFigures;
import cn.liaocheng.jobs.monitoring.ProgrammeFigures;
import cn.liaocheng.jobs.monitoring.ProgressPage;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.ProgrammeCount;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The figures as the public and the staff page show them: each chart with its caption and text summary, the same
 * numbers as a table beside it, every table with its CSV file. Only sums are shown, never a person.
 */
class ProgressReport extends Div {

    private static final List<FigureKind> TARGETED = List.of(FigureKind.NEW_JOBS, FigureKind.ASSISTED_EMPLOYMENT,
            FigureKind.EMPLOYMENT_RATE, FigureKind.TRAINING_BASES);

    /** Months in the monthly chart; a longer period is in the table below it. */
    static final int CHARTED_MONTHS = 12;
    /** A table without a chart is shown open up to this many rows, and closed in a disclosure beyond. */
    static final int OPEN_ROWS = 8;

    private final ProgressTexts texts;

    /** {@code mayRead} limits the counties shown (null: all); the city's total is always shown. */
    ProgressReport(ProgressPage page, @Nullable Predicate<County> mayRead, String filePrefix) {
        addClassName("progress-report");
        texts = new ProgressTexts(this);
        var scopes = page.scopes().stream()
                .filter(f -> f.scope() == County.CITYWIDE || mayRead == null || mayRead.test(f.scope())).toList();
        var monthly = page.monthly();
        var programmes = page.programmes();
        var bases = page.bases();
        var city = scopes.getLast();
        add(targets(city, filePrefix), rates(scopes, bases, filePrefix), countyTable(scopes, filePrefix),
                months(monthly, filePrefix), programmes(programmes, filePrefix));
    }

    private Section targets(PlanFigures city, String prefix) {
        var bars = TARGETED.stream().map(city::figure).map(f -> new BarChart.Bar(texts.name(f.kind()),
                texts.targetSummary(f), share(f), 1.0)).toList();
        // Bars show the share of the target, so the target line stands at the end of every bar's track.
        var chart = new BarChart("progress-targets-chart", t("monitoring.targets.chart"), bars);
        var rows = city.figures().stream().map(f -> List.of(texts.name(f.kind()), texts.value(f), texts.target(f),
                texts.percent(f))).toList();
        var table = new FigureTable("progress-targets-table", t("monitoring.targets.table"), prefix + "-targets",
                List.of(t("monitoring.column.figure"), t("monitoring.column.value"), t("monitoring.column.target"),
                        t("monitoring.column.percent")), rows);
        return section("progress-targets", t("monitoring.targets.heading"),
                new Paragraph(t("monitoring.targets.intro")), pair(chart, table));
    }

    private Section rates(List<PlanFigures> scopes, Map<County, EmploymentBase> bases, String prefix) {
        var bars = new ArrayList<BarChart.Bar>();
        var rows = new ArrayList<List<String>>();
        for (var scope : scopes) {
            var rate = scope.figure(FigureKind.EMPLOYMENT_RATE);
            var name = texts.county(scope.scope());
            bars.add(new BarChart.Bar(name, texts.rateSummary(rate), rate.isKnown() ? rate.value() / 1000.0 : 0,
                    rate.target() == null ? -1 : rate.target() / 1000.0));
            var base = bases.get(scope.scope());
            rows.add(List.of(name, rate.numerator() == null ? "—" : Long.toString(rate.numerator()),
                    rate.denominator() == null ? t("monitoring.value.unknown") : Long.toString(rate.denominator()),
                    base == null ? "—" : base.source(), base == null ? "—" : base.asOf().toString(),
                    texts.value(rate), texts.percent(rate)));
        }
        var chart = new BarChart("progress-rate-chart", t("monitoring.rate.chart"), bars);
        var table = new FigureTable("progress-rate-table", t("monitoring.rate.table"), prefix + "-employment-rate",
                List.of(t("monitoring.column.county"), t("monitoring.column.employed"),
                        t("monitoring.column.holders"), t("monitoring.column.source"), t("monitoring.column.as-of"),
                        t("monitoring.column.rate"), t("monitoring.column.percent")), rows);
        return section("progress-rate", t("monitoring.rate.heading"), new Paragraph(t("monitoring.rate.intro")),
                pair(chart, table));
    }

    private Section countyTable(List<PlanFigures> scopes, String prefix) {
        var headings = new ArrayList<String>();
        headings.add(t("monitoring.column.county"));
        Arrays.stream(FigureKind.values()).map(texts::name).forEach(headings::add);
        var rows = scopes.stream().map(scope -> {
            var row = new ArrayList<String>();
            row.add(texts.county(scope.scope()));
            scope.figures().stream().map(texts::value).forEach(row::add);
            return (List<String>) row;
        }).toList();
        var bars = scopes.stream().filter(s -> s.scope() != County.CITYWIDE).map(s -> {
            var bases = s.figure(FigureKind.TRAINING_BASES);
            return new BarChart.Bar(texts.county(s.scope()), texts.basesSummary(bases),
                    Math.min(1.0, bases.value() / 2.0), 0.5);
        }).toList();
        var chart = new BarChart("progress-bases-chart", t("monitoring.bases.chart"), bars);
        var table = new FigureTable("progress-county-table", t("monitoring.county.table"), prefix + "-counties",
                headings, rows);
        return section("progress-counties", t("monitoring.county.heading"),
                new Paragraph(t("monitoring.county.intro")), pair(chart, table));
    }

    private Section months(MonthlyFigures monthly, String prefix) {
        // The whole plan is four years of months: the chart shows the latest year, the table every month.
        var months = monthly.months();
        var charted = months.subList(Math.max(0, months.size() - CHARTED_MONTHS), months.size());
        long most = charted.stream().mapToLong(m -> monthly.value(FigureKind.NEW_JOBS, m)).max().orElse(0);
        var bars = charted.stream().map(m -> new BarChart.Bar(texts.month(m),
                t("monitoring.months.summary", monthly.value(FigureKind.NEW_JOBS, m)),
                most == 0 ? 0 : monthly.value(FigureKind.NEW_JOBS, m) / (double) most, -1)).toList();
        var caption = charted.size() < months.size()
                ? t("monitoring.months.chart.latest", texts.county(monthly.scope()), charted.size())
                : t("monitoring.months.chart", texts.county(monthly.scope()));
        var chart = new BarChart("progress-months-chart", caption, bars);
        var headings = new ArrayList<String>();
        headings.add(t("monitoring.column.month"));
        MonthlyFigures.MONTHLY.stream().map(texts::name).forEach(headings::add);
        var rows = new ArrayList<List<String>>();
        for (YearMonth month : monthly.months()) {
            var row = new ArrayList<String>();
            row.add(texts.month(month));
            MonthlyFigures.MONTHLY.forEach(kind -> row.add(Long.toString(monthly.value(kind, month))));
            rows.add(row);
        }
        var table = new FigureTable("progress-months-table",
                t("monitoring.months.table", texts.county(monthly.scope())), prefix + "-months", headings, rows);
        return section("progress-months", t("monitoring.months.heading"), pair(chart, table));
    }

    private Section programmes(ProgrammeFigures programmes, String prefix) {
        var jobs = programmeTable("progress-programme-jobs", t("monitoring.programmes.jobs"),
                t("monitoring.figure.new-jobs"), programmes.newJobs(), prefix + "-programmes-jobs");
        var training = programmeTable("progress-programme-training", t("monitoring.programmes.training"),
                t("monitoring.figure.training-participants"), programmes.trainingParticipants(),
                prefix + "-programmes-training");
        return section("progress-programmes", t("monitoring.programmes.heading"),
                new Paragraph(t("monitoring.programmes.intro")), jobs, training);
    }

    private FigureTableBlock programmeTable(String id, String caption, String column, List<ProgrammeCount> counts,
            String file) {
        var rows = counts.stream().map(c -> List.of(c.offerTitle(), Long.toString(c.value()))).toList();
        var table = new FigureTable(id, caption, file, List.of(t("monitoring.column.programme"), column), rows);
        return new FigureTableBlock(table, rows.isEmpty() ? t("monitoring.programmes.none") : null,
                rows.size() > OPEN_ROWS ? t("monitoring.table.show", caption, rows.size()) : null);
    }

    private Div pair(BarChart chart, FigureTable table) {
        var pair = new Div(chart, table.component(t("monitoring.csv.of", table.caption()),
                t("monitoring.table.show", table.caption(), table.rows().size())));
        pair.addClassName("progress-pair");
        return pair;
    }

    private Section section(String id, String heading, com.vaadin.flow.component.Component... content) {
        var h2 = new H2(heading);
        h2.setId(id + "-heading");
        var section = new Section(h2);
        section.add(content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private static double share(Figure figure) {
        var percent = figure.percentOfTarget();
        return percent == null ? 0 : Math.min(1.0, percent / 100.0);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
