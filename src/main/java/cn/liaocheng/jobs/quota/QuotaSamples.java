package cn.liaocheng.jobs.quota;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's way to make sample units: confirmed at once and reported with this year's figures, with nobody signed
 * in. Package-private on purpose, so that only {@link SampleQuotaUnits} and tests can skip staff's confirmation.
 */
@Component
class QuotaSamples {

    private final EmployerUnitRepository units;
    private final QuotaReportRepository reports;
    private final QuotaReports quotaReports;
    private final Clock clock;

    QuotaSamples(EmployerUnitRepository units, QuotaReportRepository reports, QuotaReports quotaReports,
            Clock clock) {
        this.units = units;
        this.reports = reports;
        this.quotaReports = quotaReports;
        this.clock = clock;
    }

    /** False when a sample unit with this credit code exists already. */
    @Transactional
    boolean add(UnitRequest request, @Nullable ReportFigures figures) {
        var code = CreditCode.valid(request.creditCode())
                .orElseThrow(() -> new IllegalArgumentException("not a valid credit code: " + request.creditCode()));
        if (units.sampleWithCode(code).isPresent() || units.confirmedWithCode(code)) {
            return false;
        }
        var now = clock.instant();
        var unit = units.save(EmployerUnit.requested(new UnitRequest(request.name(), code, request.county(),
                request.kind(), request.schoolOrKindergarten(), "示例"), null, now, true)
                .decided(UnitStatus.CONFIRMED, now, null));
        if (figures != null) {
            if (!QuotaReports.problems(unit, figures, true).isEmpty()) {
                throw new IllegalArgumentException("sample report is not complete: " + request.name());
            }
            var report = reports.save(QuotaReport.draft(unit.requireId(), quotaReports.currentYear(), 1, figures, now));
            reports.save(report.submitted(now, null));
        }
        return true;
    }
}
