package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.annualreport.ReportOutcome.Problem;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.staff.StaffMember;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way into the annual reports. A county administrator reads and writes their own county's report; a city
 * administrator reads every county's, asks for changes and assembles the city's report. Another county's report
 * answers as if it did not exist (empty), so a county cannot learn anything about another by its address. Every
 * read and change is recorded in the audit trail.
 */
@Service
public class AnnualReportService {

    /** The plan (聊政办发〔2023〕6号) starts in 2023: no report before it. */
    public static final int FIRST_YEAR = 2023;

    private final ReportStore store;
    private final FigureSource figures;
    private final StaffService staff;
    private final AuditTrail audit;
    private final ReportMessages messages;
    private final Clock clock;

    AnnualReportService(ReportStore store, FigureSource figures, StaffService staff, AuditTrail audit,
            ReportMessages messages, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /** The counties that report: every county and development zone, not the city as a whole. */
    public static List<County> reportingCounties() {
        return Arrays.stream(County.values()).filter(c -> c != County.CITYWIDE).toList();
    }

    /** Years that have a report: from the plan's first year to this one. */
    public List<Integer> years() {
        var years = new ArrayList<Integer>();
        for (int y = today().getYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public ReportDeadline deadline(int year) {
        return new ReportDeadline(year, today());
    }

    /** Where the reports of {@code year} stand: every county for a city administrator, the own county otherwise. */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public ReportOverview overview(int year) {
        var me = staff.requireCurrent();
        // Two queries for every county together, whatever the number of counties and versions.
        var drafts = store.forYear(year);
        var latest = store.latestVersions(year);
        var rows = reportingCounties().stream().filter(me::mayAdministerCounty).map(county -> {
            var draft = drafts.stream().filter(d -> d.county() == county).findFirst();
            if (draft.isEmpty()) {
                return new ReportOverview.Row(county, ReportStatus.NOT_STARTED, 0, null, false);
            }
            var last = latest.stream().filter(l -> l.county() == county).findFirst();
            return new ReportOverview.Row(county, draft.get().status(), last.map(ReportStore.Latest::number).orElse(0),
                    last.map(ReportStore.Latest::submittedAt).orElse(null),
                    last.map(ReportStore.Latest::late).orElse(false));
        }).toList();
        audit.record(AuditedAction.ANNUAL_REPORTS_LISTED, null, null, String.valueOf(year));
        return new ReportOverview(year, deadline(year), rows);
    }

    /** The report of one county and year, with today's figures; empty when the staff member may not see it. */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public Optional<AnnualReport> open(County county, int year) {
        var me = staff.requireCurrent();
        if (!visible(me, county, year)) {
            return Optional.empty();
        }
        var draft = store.find(county, year);
        var status = draft.map(ReportStore.Draft::status).orElse(ReportStatus.NOT_STARTED);
        var asOf = asOf(year);
        var report = new AnnualReport(county, year, status, draft.map(ReportStore.Draft::version).orElse(0),
                draft.map(ReportStore.Draft::sections).orElse(ReportSections.EMPTY),
                draft.map(ReportStore.Draft::savedAt).orElse(null),
                draft.map(ReportStore.Draft::changesRequested).orElse(null), deadline(year), asOf,
                figures.figures(county, LocalDate.of(year, 1, 1), asOf),
                draft.map(d -> store.versions(d.id())).orElse(List.of()),
                mayWrite(me, county) && status.editable(),
                me.isAdministrator() && status == ReportStatus.SUBMITTED);
        audit.record(AuditedAction.ANNUAL_REPORT_OPENED, null, null, describe(county, year));
        return Optional.of(report);
    }

    /**
     * Saves the county's draft, in one transaction, against the {@code version} the page read. Blank sections are
     * fine in a draft.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public ReportOutcome saveDraft(County county, int year, int version, ReportSections sections) {
        var me = staff.requireCurrent();
        if (!visible(me, county, year) || !mayWrite(me, county)) {
            return new ReportOutcome.NotApplicable();
        }
        var text = sections.stripped();
        var problems = tooLong(text);
        if (!problems.isEmpty()) {
            return new ReportOutcome.Invalid(problems);
        }
        var draft = store.findOrCreate(county, year);
        if (!draft.status().editable()) {
            return new ReportOutcome.NotApplicable();
        }
        var now = clock.instant();
        if (!store.saveDraft(draft.id(), version, text, now, me.accountId())) {
            return new ReportOutcome.Conflict();
        }
        audit.record(AuditedAction.ANNUAL_REPORT_DRAFT_SAVED, null, null, describe(county, year));
        return new ReportOutcome.Saved(version + 1, now);
    }

    /**
     * Saves and submits: a new version with every section written and the figures as of today frozen into it. After
     * 10 December it is accepted and marked late.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public ReportOutcome submit(County county, int year, int version, ReportSections sections) {
        var me = staff.requireCurrent();
        if (!visible(me, county, year) || !mayWrite(me, county)) {
            return new ReportOutcome.NotApplicable();
        }
        var text = sections.stripped();
        var problems = new ArrayList<Problem>();
        for (var section : ReportSection.values()) {
            if (text.text(section).isEmpty()) {
                problems.add(new Problem(section.name(), section.messageKey() + ".missing"));
            }
        }
        problems.addAll(tooLong(text));
        if (!problems.isEmpty()) {
            return new ReportOutcome.Invalid(problems);
        }
        var draft = store.findOrCreate(county, year);
        if (!draft.status().editable()) {
            return new ReportOutcome.NotApplicable();
        }
        var now = clock.instant();
        // Both conditional on the version read: a second submit of the same page, or another administrator's save in
        // between, changes nothing.
        if (!store.saveDraft(draft.id(), version, text, now, me.accountId())
                || !store.markSubmitted(draft.id(), version + 1)) {
            return new ReportOutcome.Conflict();
        }
        var today = today();
        var asOf = asOf(year);
        boolean late = deadline(year).isLate(today);
        int number = store.insertVersion(draft.id(), text, asOf, figures.figures(county, LocalDate.of(year, 1, 1), asOf),
                now, me.accountId(), me.name(), late);
        audit.record(AuditedAction.ANNUAL_REPORT_SUBMITTED, null, null,
                describe(county, year) + " v" + number + (late ? " late" : ""));
        return new ReportOutcome.Submitted(number, late);
    }

    /** 请修改: the city sends the submitted report back with {@code message}; the county then submits a new version. */
    @Transactional
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    public ReportOutcome requestChanges(County county, int year, int version, @Nullable String message) {
        var me = staff.requireCurrent();
        var text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            return new ReportOutcome.Invalid(List.of(new Problem("message", "annualreport.changes.message.missing")));
        }
        if (text.length() > ReportSection.MAX_LENGTH) {
            return new ReportOutcome.Invalid(List.of(new Problem("message", "annualreport.text.too-long")));
        }
        var draft = store.find(county, year).filter(d -> visible(me, county, year));
        if (draft.isEmpty() || draft.get().status() != ReportStatus.SUBMITTED) {
            return new ReportOutcome.NotApplicable();
        }
        if (!store.requestChanges(draft.get().id(), version, text, clock.instant(), me.accountId())) {
            return new ReportOutcome.Conflict();
        }
        audit.record(AuditedAction.ANNUAL_REPORT_CHANGES_REQUESTED, null, null, describe(county, year));
        messages.tellChangesRequested(county, year);
        return new ReportOutcome.ChangesRequested();
    }

    /** One submitted version for its download; recorded (ANNUAL_REPORT_DOWNLOADED). */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public Optional<SubmittedVersion> download(County county, int year, int number) {
        var me = staff.requireCurrent();
        if (!visible(me, county, year)) {
            return Optional.empty();
        }
        var version = store.find(county, year).stream().flatMap(d -> store.versions(d.id()).stream())
                .filter(v -> v.number() == number).findFirst();
        version.ifPresent(v -> audit.record(AuditedAction.ANNUAL_REPORT_DOWNLOADED, null, null,
                describe(county, year) + " v" + number));
        return version;
    }

    /** The city's report: every county's latest submitted version and the city's totals as of today. */
    @Transactional
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    public Optional<CityReport> cityReport(int year) {
        if (year < FIRST_YEAR || year > today().getYear()) {
            return Optional.empty();
        }
        var drafts = store.forYear(year);
        var parts = reportingCounties().stream().map(county -> new CityReport.CountyPart(county,
                drafts.stream().filter(d -> d.county() == county).findFirst()
                        .flatMap(d -> store.versions(d.id()).stream().findFirst()))).toList();
        var asOf = asOf(year);
        audit.record(AuditedAction.CITY_ANNUAL_REPORT_ASSEMBLED, null, null, String.valueOf(year));
        return Optional.of(new CityReport(year, asOf,
                figures.figures(County.CITYWIDE, LocalDate.of(year, 1, 1), asOf), parts));
    }

    private boolean visible(StaffMember me, County county, int year) {
        return county != County.CITYWIDE && me.mayAdministerCounty(county) && year >= FIRST_YEAR
                && year <= today().getYear();
    }

    /** Only the county's own administrators write its report; the city reads and sends back. */
    private static boolean mayWrite(StaffMember me, County county) {
        return me.role() == Role.COUNTY_ADMINISTRATOR && me.county() == county;
    }

    private static List<Problem> tooLong(ReportSections text) {
        return Arrays.stream(ReportSection.values()).filter(s -> text.text(s).length() > ReportSection.MAX_LENGTH)
                .map(s -> new Problem(s.name(), "annualreport.text.too-long")).toList();
    }

    /** Figures count up to today, or to the year's end for a past year. */
    private LocalDate asOf(int year) {
        var today = today();
        var end = LocalDate.of(year, 12, 31);
        return today.isAfter(end) ? end : today;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String describe(County county, int year) {
        return county.name() + " " + year;
    }
}
