package cn.liaocheng.jobs.staff;

import cn.liaocheng.jobs.accounts.StaffAccounts;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who the signed-in staff member is, for the capabilities built on the staff workspace (review, the bank's queue).
 * Their services guard methods with {@code @PreAuthorize(Role.Expressions...)} and scope their SQL with {@link StaffMember#countyScope()}.
 */
@Service
public class StaffService {

    private final StaffAccounts staffAccounts;

    StaffService(StaffAccounts staffAccounts) {
        this.staffAccounts = staffAccounts;
    }

    /**
     * The signed-in staff member, read afresh: empty for applicants, signed-out visitors, an account switched off
     * since it signed in, and one whose role an administrator changed since (until it signs in again, as the session's
     * authorities would otherwise disagree with the database).
     */
    public Optional<StaffMember> current() {
        return staffAccounts.signedIn()
                .map(account -> new StaffMember(account.accountId(), account.name(), account.role(), account.county()));
    }

    /** {@link #current()}, or {@link AccessDeniedException} (the portal's 403 page) when there is none. */
    public StaffMember requireCurrent() {
        return current().orElseThrow(() -> new AccessDeniedException("staff only"));
    }
}
