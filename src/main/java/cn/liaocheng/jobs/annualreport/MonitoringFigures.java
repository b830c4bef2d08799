package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.monitoring.ProgressService;
import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The report's figures are the monitoring capability's, through its public service only. Their names are the report's
 * own texts ({@code annualreport.figure.*}), so that the document reads the same whatever wording the progress page
 * chooses later.
 */
@Component
class MonitoringFigures implements FigureSource {

    private final ProgressService progress;

    MonitoringFigures(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public List<ReportFigure> figures(County scope, LocalDate from, LocalDate to) {
        return progress.figures(scope, from, to).figures().stream()
                .map(f -> new ReportFigure(f.kind().name(), "annualreport.figure." + f.kind().slug(), f.value(), f.target(),
                        f.kind().isRate() ? ReportFigure.Unit.PER_MILLE
                                : f.kind().isYuan() ? ReportFigure.Unit.YUAN : ReportFigure.Unit.COUNT,
                        f.isKnown()))
                .toList();
    }
}
