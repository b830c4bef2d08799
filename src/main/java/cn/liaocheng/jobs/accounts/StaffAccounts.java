package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: created, changed and switched off by a city administrator only (method security, not the screens,
 * decides that). A new account has no password; its holder sets one with a code sent to the phone
 * ({@link StaffSignIn#setUpPassword}), so nobody ever knows another person's password. The first administrator comes
 * from configuration ({@code FirstAdministrator}).
 */
@Service
public class StaffAccounts {

    /**
     * A staff account as administrators see it, and as {@code staff.StaffService} reads the signed-in one.
     *
     * @param county      the county a caseworker works for; null for the other roles
     * @param passwordSet false until the holder has set a password with the code sent to their phone
     */
    public record StaffAccount(long accountId, String name, PhoneNumber phone, Role role, @Nullable County county,
            boolean active, boolean passwordSet) {}

    private final AccountRepository accounts;
    private final CurrentAccount currentAccount;
    private final JdbcClient jdbc;
    private final Clock clock;

    StaffAccounts(AccountRepository accounts, CurrentAccount currentAccount, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.currentAccount = currentAccount;
        this.clock = clock;
    }

    /** Every staff account, administrators first, then by county and name. */
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<StaffAccount> list() {
        requireActiveAdministrator();
        return accounts.findByRoleIn(Arrays.stream(Role.values()).filter(Role::isStaff).toList()).stream()
                .map(StaffAccounts::toStaffAccount)
                .sorted(Comparator.comparing(StaffAccount::role)
                        .thenComparing(a -> a.county() == null ? -1 : a.county().ordinal())
                        .thenComparing(StaffAccount::name))
                .toList();
    }

    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional(readOnly = true)
    public Optional<StaffAccount> find(long accountId) {
        requireActiveAdministrator();
        return staff(accountId).map(StaffAccounts::toStaffAccount);
    }

    /**
     * The signed-in account, if it is an active staff account whose role is still the one it signed in with (an
     * administrator may have changed it since: then the session's authorities are out of date and it is treated as
     * no staff member until the person signs in again).
     */
    @Transactional(readOnly = true)
    public Optional<StaffAccount> signedIn() {
        return currentAccount.user().filter(user -> user.role().isStaff())
                .flatMap(user -> accounts.findById(user.accountId())
                        .filter(account -> account.role() == user.role() && account.active()))
                .map(StaffAccounts::toStaffAccount);
    }

    /** A new staff account without a password. */
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional
    public StaffChange create(PhoneNumber phone, String name, Role role, @Nullable County county) {
        requireActiveAdministrator();
        var nameProblem = DisplayName.problem(name);
        if (nameProblem.isPresent()) {
            return new StaffChange.NameRefused(nameProblem.get());
        }
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        if (!countyFits(role, county)) {
            return new StaffChange.CountyRequired();
        }
        // An administrator may learn that a number has an account; staff are trusted with far more than that.
        if (accounts.findByPhoneNumber(phone.value()).isPresent()) {
            return new StaffChange.PhoneTaken();
        }
        try {
            var saved = accounts.save(Account.staff(phone.value(), name.strip(), role,
                    role.hasCounty() ? county : null, clock.instant()));
            return new StaffChange.Saved(saved.requireId());
        } catch (DuplicateKeyException raceWithAnotherTab) {
            return new StaffChange.PhoneTaken();
        }
    }

    /** Another role, or a caseworker's other county. Takes effect at the holder's next sign-in (see {@link #signedIn}). */
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional
    public StaffChange change(long accountId, Role role, @Nullable County county) {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role: " + role);
        }
        if (!countyFits(role, county)) {
            return new StaffChange.CountyRequired();
        }
        return update(accountId, role != Role.CITY_ADMINISTRATOR,
                account -> account.withRole(role, role.hasCounty() ? county : null));
    }

    /** Switched off: cannot sign in, and an open session loses staff access at its next request to a staff service. */
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional
    public StaffChange deactivate(long accountId) {
        return update(accountId, true, account -> account.withDeactivatedAt(clock.instant()));
    }

    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional
    public StaffChange reactivate(long accountId) {
        requireActiveAdministrator();
        var account = staff(accountId);
        if (account.isPresent() && !countyFits(account.get().role(), account.get().county())) {
            return new StaffChange.CountyRequired(); // a caseworker from before counties: give one first
        }
        return update(accountId, false, a -> a.withDeactivatedAt(null));
    }

    /**
     * The holder forgot their password: it is removed, and they set a new one with a code, as at the start. Staff
     * cannot reset their own password with a code alone, or whoever holds the phone would hold both factors.
     */
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @Transactional
    public StaffChange requirePasswordSetup(long accountId) {
        return update(accountId, false, account -> account.withPasswordHash(null));
    }

    /**
     * Staff confirmed that this account represents an employer (用人单位, decisions 0016 and 0020): an applicant's
     * account gets the role {@link Role#EMPLOYER}, which counts from its next sign-in. False, and nothing changes, for
     * an account that is not an active applicant's (staff, deleted, already an employer's) or is the caller's own.
     * The caller checks the unit's county and records the change in the audit trail, which sits above this module.
     */
    @PreAuthorize(Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR)
    @Transactional
    public boolean makeEmployer(long accountId) {
        var caller = signedIn().orElseThrow(() -> new AccessDeniedException("no longer active staff"));
        if (caller.accountId() == accountId) {
            return false;
        }
        return accounts.findById(accountId)
                .filter(account -> account.role() == Role.APPLICANT && account.active()
                        && account.phoneNumber() != null)
                .map(account -> accounts.save(account.withRole(Role.EMPLOYER, null)) != null)
                .orElse(false);
    }

    private StaffChange update(long accountId, boolean removesAnAdministrator, Function<Account, Account> change) {
        requireActiveAdministrator();
        if (removesAnAdministrator) {
            // Two administrators switching each other off at once must not leave none.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('accounts:administrators'))").query().singleValue();
        }
        var found = staff(accountId);
        if (found.isEmpty()) {
            return new StaffChange.NotFound();
        }
        var account = found.get();
        if (account.requireId() == currentAccount.requireId()) {
            return new StaffChange.OwnAccount();
        }
        if (removesAnAdministrator && account.role() == Role.CITY_ADMINISTRATOR && account.active()
                && accounts.countActiveAdministrators() <= 1) {
            return new StaffChange.LastAdministrator();
        }
        accounts.save(change.apply(account));
        return new StaffChange.Saved(accountId);
    }

    /**
     * Method security has checked the role the session signed in with; this checks that the account still has it, so
     * an administrator switched off (or given another role) while signed in can change nothing more.
     */
    private void requireActiveAdministrator() {
        accounts.findById(currentAccount.requireId())
                .filter(account -> account.active() && account.role() == Role.CITY_ADMINISTRATOR)
                .orElseThrow(() -> new AccessDeniedException("no longer an active administrator"));
    }

    /**
     * For the portal's own jobs (the annual report's reminders), not for screens: the active county administrators of
     * {@code county}, by account id and name only. Their phones stay here until a message is sent
     * ({@link #phoneForSystemMessage}).
     */
    @Transactional(readOnly = true)
    public List<Long> activeCountyAdministrators(County county) {
        return accounts.findByRoleIn(List.of(Role.COUNTY_ADMINISTRATOR)).stream()
                .filter(account -> account.active() && account.county() == county)
                .map(Account::requireId).sorted().toList();
    }

    /**
     * The phone of an active staff account as it is now, for sending it a message the portal queued earlier; empty
     * once the account is switched off or is no staff account.
     */
    @Transactional(readOnly = true)
    public Optional<PhoneNumber> phoneForSystemMessage(long accountId) {
        return staff(accountId).filter(Account::active).map(account -> new PhoneNumber(account.phoneNumber()));
    }

    private Optional<Account> staff(long accountId) {
        return accounts.findById(accountId).filter(account -> account.role().isStaff());
    }

    static boolean countyFits(Role role, @Nullable County county) {
        return !role.hasCounty() || (county != null && county != County.CITYWIDE);
    }

    private static StaffAccount toStaffAccount(Account account) {
        return new StaffAccount(account.requireId(), account.displayName(), new PhoneNumber(account.phoneNumber()),
                account.role(), account.county(), account.active(), account.hasPassword());
    }
}
