package cn.liaocheng.jobs.staff;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.shared.County;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in staff member, as {@link StaffService#current()} reads it from the database on every call (so a county
 * changed or an account switched off by an administrator counts at once).
 *
 * @param county the one county a caseworker or county administrator works for; null for a city administrator (every county) and a loan officer
 */
public record StaffMember(long accountId, String name, Role role, @Nullable County county) {

    public StaffMember {
        if (!role.isStaff()) {
            throw new IllegalArgumentException("not a staff role");
        }
        if (role.hasCounty() != (county != null)) {
            throw new IllegalArgumentException("caseworkers and county administrators, and only they, have a county");
        }
    }

    public boolean isAdministrator() {
        return role == Role.CITY_ADMINISTRATOR;
    }

    /** A county administrator, or the city administrator: answers for offers, figures and reports of {@code of}. */
    public boolean mayAdministerCounty(County of) {
        return role == Role.CITY_ADMINISTRATOR || (role == Role.COUNTY_ADMINISTRATOR && of == county);
    }

    /** Whether this staff member may see and act on the applications of people in {@code of}. */
    public boolean mayWorkIn(County of) {
        return switch (role) {
            case CITY_ADMINISTRATOR -> true;
            case CASEWORKER, COUNTY_ADMINISTRATOR -> of == county;
            case LOAN_OFFICER, APPLICANT, EMPLOYER -> false;
        };
    }

    /**
     * The county scope as a query parameter, so that SQL (not the view) keeps other counties' rows out:
     * <pre>{@code
     * where (cast(:county as varchar) is null or a.county = :county)
     * ...param("county", staff.countyScope())
     * }</pre>
     * The county's enum name for a caseworker, null (no limit) for a city administrator. A loan officer sees no
     * county's applications, only the bank's referrals: for them this refuses with {@link AccessDeniedException}, so a
     * county query can never run unscoped for the wrong role.
     */
    public @Nullable String countyScope() {
        return switch (role) {
            case CITY_ADMINISTRATOR -> null;
            case CASEWORKER, COUNTY_ADMINISTRATOR -> county == null ? null : county.name();
            case LOAN_OFFICER, APPLICANT, EMPLOYER -> throw new AccessDeniedException("no county scope for " + role);
        };
    }
}
