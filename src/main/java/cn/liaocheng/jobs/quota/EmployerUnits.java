package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Who represents which unit. A person with an ordinary (applicant's) account asks to represent a unit; the unit's
 * county administrator or a city administrator (city-level units: the city only) confirms or refuses it; on
 * confirmation the account becomes an employer's ({@link StaffAccounts#makeEmployer}), audited. Decision 0020.
 */
@Service
public class EmployerUnits {

    static final int MAX_NAME = 100;
    static final int MAX_POSITION = 50;
    private static final String APPLICANT_OR_EMPLOYER =
            "hasAnyRole('" + Role.Names.APPLICANT + "', '" + Role.Names.EMPLOYER + "')";

    private final EmployerUnitRepository units;
    private final CurrentAccount current;
    private final ProfileService profiles;
    private final HelpingService helping;
    private final AccountService accounts;
    private final StaffAccounts staffAccounts;
    private final StaffService staff;
    private final AuditTrail audit;
    private final Clock clock;

    EmployerUnits(EmployerUnitRepository units, CurrentAccount current, ProfileService profiles,
            HelpingService helping, AccountService accounts, StaffAccounts staffAccounts, StaffService staff,
            AuditTrail audit, Clock clock) {
        this.units = units;
        this.current = current;
        this.profiles = profiles;
        this.helping = helping;
        this.accounts = accounts;
        this.staffAccounts = staffAccounts;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in account's request or unit: open or confirmed, else the last one refused. */
    @Transactional(readOnly = true)
    @PreAuthorize(APPLICANT_OR_EMPLOYER)
    public Optional<EmployerUnit> mine() {
        return units.latestOf(current.requireId());
    }

    /** The unit the signed-in employer's representative reports for. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.EMPLOYER)
    public Optional<EmployerUnit> myConfirmedUnit() {
        return mine().filter(unit -> unit.status() == UnitStatus.CONFIRMED);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.APPLICANT + "')")
    public RequestOutcome request(UnitRequest typed) {
        var problems = problems(typed);
        if (!problems.isEmpty()) {
            return new RequestOutcome.Invalid(problems);
        }
        // An employer's account sees no applicant pages: a person's own profile or the people they help would be
        // out of their reach. Such a person registers a second account for the unit (decision 0020).
        if (profiles.ownPersonId().isPresent() || !helping.helping().isEmpty()) {
            return new RequestOutcome.HoldsApplicantData();
        }
        long accountId = current.requireId();
        if (units.latestOf(accountId).filter(unit -> unit.status() != UnitStatus.REFUSED).isPresent()) {
            return new RequestOutcome.AlreadyRequested();
        }
        var code = CreditCode.valid(typed.creditCode()).orElseThrow();
        if (units.confirmedWithCode(code)) {
            return new RequestOutcome.Invalid(List.of(new Problem("creditCode", "quota.request.code.taken")));
        }
        try {
            var saved = units.save(EmployerUnit.requested(
                    new UnitRequest(typed.name(), code, typed.county(), typed.kind(), typed.schoolOrKindergarten(),
                            typed.position()), accountId, clock.instant(), false));
            return new RequestOutcome.Requested(saved.requireId());
        } catch (DuplicateKeyException secondTab) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new RequestOutcome.AlreadyRequested();
        }
    }

    /** What is wrong with the typed texts (also checked again by {@link #request}), for the form to show at once. */
    public static List<Problem> problems(UnitRequest typed) {
        var problems = new ArrayList<Problem>();
        if (typed.name().isBlank()) {
            problems.add(new Problem("name", "quota.request.name.missing"));
        } else if (typed.name().strip().length() > MAX_NAME) {
            problems.add(new Problem("name", "quota.request.name.too-long", MAX_NAME));
        }
        if (typed.creditCode().isBlank()) {
            problems.add(new Problem("creditCode", "quota.request.code.missing"));
        } else if (CreditCode.valid(typed.creditCode()).isEmpty()) {
            problems.add(new Problem("creditCode", "quota.request.code.invalid"));
        }
        if (typed.position().isBlank()) {
            problems.add(new Problem("position", "quota.request.position.missing"));
        } else if (typed.position().strip().length() > MAX_POSITION) {
            problems.add(new Problem("position", "quota.request.position.too-long", MAX_POSITION));
        }
        return problems;
    }

    /** Requests waiting in the staff member's county (every county, city-level units included, for the city). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public List<PendingUnit> pending() {
        return units.pendingIn(staff.requireCurrent().countyScope()).stream()
                .map(unit -> new PendingUnit(unit, representativeName(unit)))
                .toList();
    }

    /** Confirmed units in the staff member's county that have not submitted a report for {@code year} (未报送). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public List<EmployerUnit> notReported(int year) {
        return units.notReported(staff.requireCurrent().countyScope(), year);
    }

    /** 确认: the account becomes the unit's representative (role EMPLOYER from its next sign-in). */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public DecisionOutcome confirm(long unitId, int version) {
        return decide(unitId, version, UnitStatus.CONFIRMED);
    }

    /** 不予确认. */
    @Transactional
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    public DecisionOutcome refuse(long unitId, int version) {
        return decide(unitId, version, UnitStatus.REFUSED);
    }

    private DecisionOutcome decide(long unitId, int version, UnitStatus to) {
        var member = staff.requireCurrent();
        var found = units.findById(unitId).filter(unit -> member.mayAdministerCounty(unit.county()));
        if (found.isEmpty()) {
            return new DecisionOutcome.NotFound();
        }
        var unit = found.get();
        if (unit.version() != version || unit.status() != UnitStatus.PENDING) {
            return new DecisionOutcome.Conflict();
        }
        var accountId = unit.representativeAccountId();
        if (to == UnitStatus.CONFIRMED) {
            if (accountId == null || units.confirmedWithCode(unit.creditCode())
                    || !staffAccounts.makeEmployer(accountId)) {
                TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                return new DecisionOutcome.AccountUnavailable();
            }
        }
        try {
            units.save(unit.decided(to, clock.instant(), member.accountId()));
        } catch (OptimisticLockingFailureException | DuplicateKeyException anotherAdministrator) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new DecisionOutcome.Conflict();
        }
        audit.record(to == UnitStatus.CONFIRMED ? AuditedAction.EMPLOYER_CONFIRMED : AuditedAction.EMPLOYER_REFUSED,
                null, null, "quota unit " + unitId + ", account " + accountId);
        return new DecisionOutcome.Done();
    }

    private String representativeName(EmployerUnit unit) {
        var id = unit.representativeAccountId();
        return id == null ? "" : accounts.find(id).map(user -> user.displayName()).orElse("");
    }

    /** A request as staff see it: the unit and the name of the person who asks. */
    public record PendingUnit(EmployerUnit unit, String representativeName) {}
}
