package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The yearly quota report: the representative saves drafts and submits once a year (a correction is a new revision);
 * staff approve or refuse the reserved posts, and approved ones are published as {@link ReservedPostApproved}; the
 * 公示 lists every unit's latest submitted figures with {@link QuotaRule}'s assessment.
 */
@Service
public class QuotaReports {

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    static final int MAX_STAFF = 1_000_000;
    static final int MAX_POSTS = 20;
    static final int MAX_TITLE = 100;
    static final int MAX_REQUIREMENTS = 1000;
    static final int MAX_CONTACT = 100;
    static final int MAX_PLACES = 999;

    private final QuotaReportRepository reports;
    private final EmployerUnitRepository units;
    private final EmployerUnits employerUnits;
    private final CurrentAccount current;
    private final StaffService staff;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuotaReports(QuotaReportRepository reports, EmployerUnitRepository units, EmployerUnits employerUnits,
            CurrentAccount current, StaffService staff, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.units = units;
        this.employerUnits = employerUnits;
        this.current = current;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** The year a report is for now: the calendar year in Liaocheng. */
    public int currentYear() {
        return clock.instant().atZone(LIAOCHENG).getYear();
    }

    /** The signed-in representative's unit and its report for {@code year}: the draft and the submitted one, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.EMPLOYER)
    public Optional<MyReport> mine(int year) {
        return employerUnits.myConfirmedUnit().map(unit -> new MyReport(unit,
                reports.draftOf(unit.requireId(), year), reports.submittedOf(unit.requireId(), year)));
    }

    /**
     * Saves a draft for this year: the open draft when {@code version} is its version, else a new revision (the
     * first, or a correction of the submitted one). Checks only what is filled in.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.EMPLOYER)
    public ReportOutcome saveDraft(ReportFigures figures, @Nullable Integer version) {
        var unit = employerUnits.myConfirmedUnit().orElseThrow(QuotaNotFoundException::new);
        var problems = problems(unit, figures, false);
        if (!problems.isEmpty()) {
            return new ReportOutcome.Invalid(problems);
        }
        return write(unit, figures, version, false);
    }

    /** Submits this year's report; it replaces an earlier submitted revision, which stays on record. */
    @Transactional
    @PreAuthorize(Role.Expressions.EMPLOYER)
    public ReportOutcome submit(ReportFigures figures, @Nullable Integer version) {
        var unit = employerUnits.myConfirmedUnit().orElseThrow(QuotaNotFoundException::new);
        var problems = problems(unit, figures, true);
        if (!problems.isEmpty()) {
            return new ReportOutcome.Invalid(problems);
        }
        return write(unit, figures, version, true);
    }

    private ReportOutcome write(EmployerUnit unit, ReportFigures figures, @Nullable Integer version, boolean submit) {
        int year = currentYear();
        long unitId = unit.requireId();
        var draft = reports.draftOf(unitId, year);
        try {
            QuotaReport saved;
            if (draft.isPresent()) {
                if (version == null || draft.get().version() != version) {
                    return new ReportOutcome.Conflict();
                }
                saved = draft.get().with(figures, clock.instant());
            } else {
                // No draft open: a page that still shows one was overtaken by a submission in another tab.
                if (version != null) {
                    return new ReportOutcome.Conflict();
                }
                saved = QuotaReport.draft(unitId, year, reports.lastRevision(unitId, year) + 1, figures,
                        clock.instant());
            }
            if (submit) {
                reports.submittedOf(unitId, year).ifPresent(previous -> reports.save(previous.superseded()));
                saved = saved.submitted(clock.instant(), current.requireId());
            }
            return new ReportOutcome.Saved(reports.save(saved));
        } catch (OptimisticLockingFailureException | DuplicateKeyException anotherTab) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ReportOutcome.Conflict();
        }
    }

    /** What is wrong with {@code f}: for a draft only what is filled in, for submission ({@code complete}) all. */
    public static List<Problem> problems(EmployerUnit unit, ReportFigures f, boolean complete) {
        var problems = new ArrayList<Problem>();
        Integer staffCount = f.totalStaff();
        Integer disabled = f.disabledEmployees();
        if (staffCount == null) {
            if (complete) {
                problems.add(new Problem("totalStaff", "quota.report.staff.missing"));
            }
        } else if (staffCount < 0 || staffCount > MAX_STAFF) {
            problems.add(new Problem("totalStaff", "quota.report.staff.range", MAX_STAFF));
        }
        if (disabled == null) {
            if (complete) {
                problems.add(new Problem("disabledEmployees", "quota.report.disabled.missing"));
            }
        } else if (disabled < 0) {
            problems.add(new Problem("disabledEmployees", "quota.report.disabled.negative"));
        } else if (staffCount != null && disabled > staffCount) {
            problems.add(new Problem("disabledEmployees", "quota.report.disabled.more-than-staff"));
        }
        if (unit.kind().hasAuthorisedPosts()) {
            Integer posts = f.authorisedPosts();
            if (posts == null) {
                if (complete) {
                    problems.add(new Problem("authorisedPosts", "quota.report.authorised.missing"));
                }
            } else if (posts < 0 || posts > MAX_STAFF) {
                problems.add(new Problem("authorisedPosts", "quota.report.authorised.range", MAX_STAFF));
            }
        }
        if (f.posts().size() > MAX_POSTS) {
            problems.add(new Problem("posts", "quota.report.posts.too-many", MAX_POSTS));
        }
        for (int i = 0; i < f.posts().size(); i++) {
            var post = f.posts().get(i);
            int n = i + 1;
            if (post.title().isBlank()) {
                problems.add(new Problem("post." + i + ".title", "quota.report.post.title.missing", n));
            } else if (post.title().strip().length() > MAX_TITLE) {
                problems.add(new Problem("post." + i + ".title", "quota.report.post.title.too-long", n, MAX_TITLE));
            }
            if (post.places() < 1 || post.places() > MAX_PLACES) {
                problems.add(new Problem("post." + i + ".places", "quota.report.post.places.range", n, MAX_PLACES));
            }
            if (post.requirements().isBlank()) {
                problems.add(new Problem("post." + i + ".requirements", "quota.report.post.requirements.missing", n));
            } else if (post.requirements().strip().length() > MAX_REQUIREMENTS) {
                problems.add(new Problem("post." + i + ".requirements", "quota.report.post.requirements.too-long", n,
                        MAX_REQUIREMENTS));
            }
        }
        var contact = f.postsContact();
        if (!f.posts().isEmpty() && complete && (contact == null || contact.isBlank())) {
            problems.add(new Problem("postsContact", "quota.report.contact.missing"));
        } else if (contact != null && contact.strip().length() > MAX_CONTACT) {
            problems.add(new Problem("postsContact", "quota.report.contact.too-long", MAX_CONTACT));
        }
        return problems;
    }

    /** Submitted reports whose reserved posts wait for a decision, in the staff member's county. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public List<UnitReport> postsAwaitingDecision() {
        var reportList = reports.postsPendingIn(staff.requireCurrent().countyScope());
        var byId = unitsOf(reportList);
        return reportList.stream().map(report -> new UnitReport(byId.get(report.unitId()), report)).toList();
    }

    /** 批准预留岗位: each post is published as {@link ReservedPostApproved}, in this transaction. */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public DecisionOutcome approvePosts(long reportId, int version) {
        return decidePosts(reportId, version, PostsStatus.APPROVED);
    }

    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public DecisionOutcome refusePosts(long reportId, int version) {
        return decidePosts(reportId, version, PostsStatus.REFUSED);
    }

    private DecisionOutcome decidePosts(long reportId, int version, PostsStatus to) {
        var member = staff.requireCurrent();
        var report = reports.findById(reportId);
        var unit = report.flatMap(r -> units.findById(r.unitId())).filter(u -> member.mayAdministerCounty(u.county()));
        if (report.isEmpty() || unit.isEmpty()) {
            return new DecisionOutcome.NotFound();
        }
        var r = report.get();
        if (r.version() != version || r.status() != ReportStatus.SUBMITTED || r.postsStatus() != PostsStatus.PENDING) {
            return new DecisionOutcome.Conflict();
        }
        try {
            reports.save(r.postsDecided(to, clock.instant(), member.accountId()));
        } catch (OptimisticLockingFailureException anotherAdministrator) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new DecisionOutcome.Conflict();
        }
        audit.record(to == PostsStatus.APPROVED ? AuditedAction.RESERVED_POSTS_APPROVED
                : AuditedAction.RESERVED_POSTS_REFUSED, null, null,
                "quota report " + reportId + ", " + r.posts().size() + " posts");
        if (to == PostsStatus.APPROVED) {
            var u = unit.get();
            var contact = r.postsContact() == null ? "" : r.postsContact();
            for (int i = 0; i < r.posts().size(); i++) {
                var post = r.posts().get(i);
                events.publishEvent(new ReservedPostApproved(reportId, i, u.requireId(), u.name(), r.year(),
                        post.title(), post.county(), post.places(), post.requirements(), contact));
            }
        }
        return new DecisionOutcome.Done();
    }

    /**
     * 公示 for {@code year}: every unit with a submitted report, its figures and {@link QuotaRule}'s assessment, in the
     * city's order of counties (市直 last) and then by name. Counts only; nobody's name, not even the representative's.
     */
    @Transactional(readOnly = true)
    public List<DisclosedUnit> disclosure(int year) {
        var reportList = reports.submittedIn(year);
        var byId = unitsOf(reportList);
        return reportList.stream()
                .map(report -> DisclosedUnit.of(byId.get(report.unitId()), report))
                .sorted(Comparator.comparing(DisclosedUnit::county).thenComparing(DisclosedUnit::unitName))
                .toList();
    }

    private java.util.Map<Long, EmployerUnit> unitsOf(List<QuotaReport> reportList) {
        var ids = reportList.stream().map(QuotaReport::unitId).distinct().toList();
        var map = new java.util.HashMap<Long, EmployerUnit>();
        units.findAllById(ids).forEach(unit -> map.put(unit.requireId(), unit));
        return map;
    }

    /** The representative's page: the unit, the open draft and the submitted revision of the year. */
    public record MyReport(EmployerUnit unit, Optional<QuotaReport> draft, Optional<QuotaReport> submitted) {}

    /** A submitted report with its unit, for staff. */
    public record UnitReport(EmployerUnit unit, QuotaReport report) {
        public QuotaAssessment assessment() {
            return DisclosedUnit.assess(unit, report);
        }
    }
}
