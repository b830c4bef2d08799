package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The city's report of one year: the city's totals as of a date, and each county's latest submitted version (empty
 * for a county that has not submitted, which the report says rather than leaving it out).
 */
public record CityReport(int year, LocalDate figuresAsOf, List<ReportFigure> totals, List<CountyPart> counties) {

    public CityReport {
        totals = List.copyOf(totals);
        counties = List.copyOf(counties);
    }

    public record CountyPart(County county, Optional<SubmittedVersion> version) {}
}
