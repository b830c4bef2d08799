package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A county's report of one year as its page shows it: the working draft (with the version to save against), the
 * figures as of today, the deadline, what the city asked to change, and every submitted version, newest first.
 *
 * @param version        the draft's optimistic-lock version, to pass back when saving or submitting
 * @param mayWrite       the signed-in staff member may save and submit (that county's administrator, while not
 *                       submitted)
 * @param mayRequestChanges the signed-in staff member is a city administrator and the latest version is with the city
 */
public record AnnualReport(County county, int year, ReportStatus status, int version, ReportSections draft,
        @Nullable Instant draftSavedAt, @Nullable String changesRequested, ReportDeadline deadline,
        LocalDate figuresAsOf, List<ReportFigure> figures, List<SubmittedVersion> versions, boolean mayWrite,
        boolean mayRequestChanges) {

    public AnnualReport {
        figures = List.copyOf(figures);
        versions = List.copyOf(versions);
    }

    public Optional<SubmittedVersion> latest() {
        return versions.stream().findFirst();
    }
}
