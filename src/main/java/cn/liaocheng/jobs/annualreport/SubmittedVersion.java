package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One submitted version of a county's report, exactly as the city received it: its text and its frozen figures. */
public record SubmittedVersion(County county, int year, int number, ReportSections sections, LocalDate figuresAsOf,
        List<ReportFigure> figures, Instant submittedAt, String submittedBy, boolean late) {

    public SubmittedVersion {
        figures = List.copyOf(figures);
    }
}
