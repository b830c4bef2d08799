package cn.liaocheng.jobs.monitoring.ui;

import cn.liaocheng.jobs.monitoring.Figure;
import cn.liaocheng.jobs.monitoring.FigureKind;
import cn.liaocheng.jobs.shared.County;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;

/** How figures read in words: values, targets, shares and the one-line summaries beside the bars. */
final class ProgressTexts {

    private final Component owner;

    ProgressTexts(Component owner) {
        this.owner = owner;
    }

    String name(FigureKind kind) {
        return t(kind.messageKey());
    }

    /** {@link County#CITYWIDE} reads 全市 here: the whole city's total, not the city-wide offers. */
    String county(County county) {
        return county == County.CITYWIDE ? t("monitoring.citywide") : t(county.messageKey());
    }

    String month(YearMonth month) {
        return t("monitoring.month", month.getYear(), month.getMonthValue());
    }

    String value(Figure figure) {
        if (!figure.isKnown()) {
            return t("monitoring.value.unknown");
        }
        return figure.kind().isRate() ? rate(figure.value()) : Long.toString(figure.value());
    }

    String target(Figure figure) {
        if (figure.target() == null) {
            return t("monitoring.target.none");
        }
        return figure.kind().isRate() ? rate(figure.target()) : Long.toString(figure.target());
    }

    String percent(Figure figure) {
        var percent = figure.percentOfTarget();
        return percent == null ? "—" : percent + " %";
    }

    /** 新增就业 已完成目标的 3 %（180 / 6000）. */
    String targetSummary(Figure figure) {
        var percent = figure.percentOfTarget();
        if (percent == null) {
            return t("monitoring.summary.unknown");
        }
        return t("monitoring.summary.percent", percent) + " (" + value(figure) + " / " + target(figure) + ")";
    }

    /** 就业率 32.5 %，已完成目标的 59 %; or that the county's denominator is not yet entered. */
    String rateSummary(Figure rate) {
        if (!rate.isKnown()) {
            return t("monitoring.rate.summary.unknown");
        }
        return t("monitoring.rate.summary", value(rate), percent(rate));
    }

    String basesSummary(Figure bases) {
        return bases.meetsTarget() ? t("monitoring.bases.summary.met", bases.value())
                : t("monitoring.bases.summary.missing");
    }

    static String rate(long perMille) {
        return perMille / 10 + "." + perMille % 10 + " %";
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
