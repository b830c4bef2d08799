package cn.liaocheng.jobs.annualreport.ui;

import cn.liaocheng.jobs.annualreport.ReportDeadline;
import cn.liaocheng.jobs.annualreport.ReportFigure;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Texts and tables the report pages share. */
final class ReportTexts {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private ReportTexts() {}

    /** The UI's language (a component's own getLocale is protected). */
    static Locale locale(Component owner) {
        var ui = owner.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        return ui == null ? Locale.SIMPLIFIED_CHINESE : ui.getLocale();
    }

    static String date(Component owner, LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern(locale(owner).getLanguage().equals("en") ? "d MMMM yyyy"
                : "yyyy年M月d日", locale(owner)));
    }

    static String date(Component owner, Instant instant) {
        return date(owner, instant.atZone(LIAOCHENG).toLocalDate());
    }

    /** "截止日期：2026年12月10日，还有 9 天" / "今天截止" / "已逾期 1 天". */
    static String deadline(Component owner, ReportDeadline deadline) {
        var day = date(owner, deadline.deadline());
        return switch (deadline.state()) {
            case OPEN -> owner.getTranslation("annualreport.deadline.open", day, deadline.daysLeft());
            case DUE_TODAY -> owner.getTranslation("annualreport.deadline.today", day);
            case OVERDUE -> owner.getTranslation("annualreport.deadline.overdue", day, deadline.daysOverdue());
        };
    }

    /** The figures as a real table: figure, value, the plan's target. */
    static ReflowTable figures(Component owner, String id, String caption, List<ReportFigure> figures) {
        Locale language = locale(owner);
        var table = new ReflowTable(id, caption, List.of("figure", "value", "target"),
                column -> owner.getTranslation("annualreport.column." + column));
        for (var figure : figures) {
            table.addRow("figure", new Span(owner.getTranslation(figure.messageKey())))
                    .cell("value", new Span(figure.valueText(language,
                            owner.getTranslation("annualreport.figures.unknown"))))
                    .cell("target", new Span(figure.targetText(language,
                            owner.getTranslation("annualreport.figures.no-target"))));
        }
        return table;
    }
}
