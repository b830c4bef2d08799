package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.List;

/** Where a report's figures come from: the monitoring capability's counts for one county (or CITYWIDE) and period. */
interface FigureSource {

    List<ReportFigure> figures(County scope, LocalDate from, LocalDate to);
}
