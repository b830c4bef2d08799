package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.bankreferrals.ReferralCounts;
import cn.liaocheng.jobs.catalogue.CatalogueCounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.review.OutcomeCounts;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's figures, composed from the counts of the capabilities that own the records: {@code review}'s outcomes,
 * {@code bankreferrals}' referrals and the {@code catalogue}'s courses, one query each. The figures are sums without
 * any person in them, so reading them needs no role: the public 计划进展 page shows the same numbers as the staff page.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private final OutcomeCounts outcomes;
    private final ReferralCounts referrals;
    private final CatalogueCounts catalogue;
    private final EmploymentBaseStore bases;
    private final StaffService staff;
    private final AuditTrail audit;
    private final Clock clock;

    ProgressService(OutcomeCounts outcomes, ReferralCounts referrals, CatalogueCounts catalogue,
            EmploymentBaseStore bases, StaffService staff, AuditTrail audit, Clock clock) {
        this.outcomes = outcomes;
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.bases = bases;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan's figures for one county, or for the whole city with {@link County#CITYWIDE}; both days counted. */
    public PlanFigures figures(County scope, LocalDate from, LocalDate to) {
        return figures(tally(from, to), scope, from, to);
    }

    /** Every county's figures in the city's order, then the whole city's, from one set of queries. */
    public List<PlanFigures> everyCounty(LocalDate from, LocalDate to) {
        return page(County.CITYWIDE, from, to).scopes();
    }

    /**
     * What a 计划进展 page shows, from one set of queries: every county and the city ({@link #everyCounty}), the
     * months of {@code monthlyScope} and the programmes.
     */
    public ProgressPage page(County monthlyScope, LocalDate from, LocalDate to) {
        var tally = tally(from, to);
        var all = new ArrayList<PlanFigures>();
        PlanTargets.COUNTIES.forEach(county -> all.add(figures(tally, county, from, to)));
        all.add(figures(tally, County.CITYWIDE, from, to));
        return new ProgressPage(all, MonthlyFigures.of(tally, monthlyScope, from, to), byProgramme(from, to),
                tally.bases());
    }

    /** The counted figures month by month in one scope (the rate and the bases are not monthly). */
    public MonthlyFigures monthly(County scope, LocalDate from, LocalDate to) {
        return MonthlyFigures.of(tally(from, to), scope, from, to);
    }

    /** New jobs and training participants per programme (offer), in one scope. */
    public ProgrammeFigures byProgramme(LocalDate from, LocalDate to) {
        return new ProgrammeFigures(outcomes.newJobsByProgramme(from, to),
                outcomes.trainingParticipantsByProgramme(from, to));
    }

    /** The employment-rate denominators entered so far, by county. */
    public Map<County, EmploymentBase> employmentBases() {
        return bases.all();
    }

    public Optional<EmploymentBase> employmentBase(County county) {
        return bases.find(county);
    }

    /**
     * Enters or changes a county's denominator. County administrators for their county and the city administrator
     * only; {@code version} is the one shown (-1 when none was), and a different current version is a conflict.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public BaseOutcome saveEmploymentBase(County county, EmploymentBaseData data, int version) {
        var me = staff.requireCurrent();
        if (county == County.CITYWIDE || !me.mayAdministerCounty(county)) {
            throw new AccessDeniedException("not an administrator of " + county);
        }
        var problems = data.problems(today());
        if (!problems.isEmpty()) {
            return new BaseOutcome.Invalid(problems);
        }
        var saved = bases.save(county, data.holders(), data.source().strip(), data.asOf(), me.accountId(), me.name(),
                clock.instant(), version);
        if (!saved) {
            return new BaseOutcome.Conflict(bases.find(county).orElse(null));
        }
        audit.record(AuditedAction.EMPLOYMENT_BASE_CHANGED, null, null, county.name());
        return new BaseOutcome.Saved(bases.find(county).orElseThrow());
    }

    /** From the plan's start to today: the period the pages open with. */
    public LocalDate planStart() {
        return PlanTargets.PLAN_START;
    }

    /** The last day of the plan's own period ("到2024年"). */
    public LocalDate planEnd() {
        return PlanTargets.PLAN_END;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LIAOCHENG));
    }

    private PlanFigures figures(Tally tally, County scope, LocalDate from, LocalDate to) {
        var figures = Arrays.stream(FigureKind.values()).map(kind -> tally.figure(kind, scope)).toList();
        return new PlanFigures(scope, from, to, figures);
    }

    private Tally tally(LocalDate from, LocalDate to) {
        var monthly = Tally.emptyMonthly();
        monthly.put(FigureKind.NEW_JOBS, outcomes.newJobs(from, to));
        monthly.put(FigureKind.ASSISTED_EMPLOYMENT, outcomes.assistedEmployment(from, to));
        monthly.put(FigureKind.TRAINING_PARTICIPANTS, outcomes.trainingParticipants(from, to));
        monthly.put(FigureKind.TRAINING_COMPLETIONS, outcomes.trainingCompletions(from, to));
        monthly.put(FigureKind.LOANS_REFERRED, referrals.referred(from, to));
        monthly.put(FigureKind.LOANS_GRANTED, outcomes.loansGranted(from, to));
        monthly.put(FigureKind.LOAN_AMOUNT_YUAN, outcomes.loanAmountYuan(from, to));
        monthly.put(FigureKind.INCUBATION_PLACES, outcomes.incubationPlacesTaken(from, to));
        monthly.put(FigureKind.BLIND_MASSAGE_JOBS,
                outcomes.jobsOnOffers(catalogue.slugsOf(List.of(OfferSubtype.MASSAGE_CLINIC)), from, to));
        monthly.put(FigureKind.GRADUATES_WITH_PLAN,
                outcomes.peopleApprovedFor(catalogue.slugsOf(List.of(OfferSubtype.GRADUATE)), from, to));
        return new Tally(monthly, catalogue.trainingBases(from, to), outcomes.peopleEmployed(from, to), bases.all());
    }
}
