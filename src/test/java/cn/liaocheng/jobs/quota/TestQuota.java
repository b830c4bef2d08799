package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Units and representatives for tests, made through the services as people would; the caller's sign-in is kept. */
@Component
public class TestQuota {

    private final TestAccounts accounts;
    private final EmployerUnits units;
    private final QuotaReports reports;

    TestQuota(TestAccounts accounts, EmployerUnits units, QuotaReports reports) {
        this.accounts = accounts;
        this.units = units;
        this.reports = reports;
    }

    /** A valid credit code no other test uses (random, with its check character). */
    public static String uniqueCreditCode() {
        var random = ThreadLocalRandom.current();
        var code = new StringBuilder("91371500");
        for (int i = 0; i < 9; i++) {
            code.append(CreditCode.CHARACTERS.charAt(random.nextInt(CreditCode.CHARACTERS.length())));
        }
        return code.append(CreditCode.checkCharacter(code.toString())).toString();
    }

    public static UnitRequest request(String name, County county, UnitKind kind) {
        return new UnitRequest(name, uniqueCreditCode(), county, kind, false, "人事科科长");
    }

    /** A pending request by a new applicant account; returns the unit's id and the account. */
    public Pending pending(String name, County county, UnitKind kind) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            var applicant = accounts.applicant(name + " 人事科");
            TestAccounts.signIn(applicant);
            var outcome = (RequestOutcome.Requested) units.request(request(name, county, kind));
            return new Pending(outcome.unitId(), applicant);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    /** A confirmed representative (signed in again, so with role EMPLOYER) of a new unit. */
    public PortalUser employer(String name, County county, UnitKind kind) {
        var pending = pending(name, county, kind);
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
            var unit = units.pending().stream().map(EmployerUnits.PendingUnit::unit)
                    .filter(u -> u.requireId() == pending.unitId()).findFirst().orElseThrow();
            if (!(units.confirm(unit.requireId(), unit.version()) instanceof DecisionOutcome.Done)) {
                throw new IllegalStateException("not confirmed");
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
        var user = pending.account();
        return new PortalUser(user.accountId(), user.phoneNumber(), "", user.displayName(), Role.EMPLOYER);
    }

    /** A unit whose representative submitted this year's report with these figures. */
    public PortalUser reported(String name, County county, UnitKind kind, ReportFigures figures) {
        var employer = employer(name, county, kind);
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            TestAccounts.signIn(employer);
            if (!(reports.submit(figures, null) instanceof ReportOutcome.Saved)) {
                throw new IllegalStateException("not submitted");
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
        return employer;
    }

    public static ReportFigures figures(int staff, int disabled, ReservedPost... posts) {
        return new ReportFigures(staff, disabled, null, posts.length == 0 ? null : "人事科 0635-1234567",
                List.of(posts));
    }

    public record Pending(long unitId, PortalUser account) {}
}
