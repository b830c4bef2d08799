package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account data (PIPL art. 45 and 47): a copy of what this capability holds, and deleting
 * the account. Both act on the signed-in applicant only; staff accounts are not deleted from here.
 */
@Service
public class AccountDataService {

    private final CurrentAccount currentAccount;
    private final AccountRepository accounts;
    private final VerificationCodeRepository codes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountDataService(CurrentAccount currentAccount, AccountRepository accounts, VerificationCodeRepository codes,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.currentAccount = currentAccount;
        this.accounts = accounts;
        this.codes = codes;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in applicant's account as stored, without the password hash; empty for nobody or staff. */
    @Transactional(readOnly = true)
    public Optional<AccountRecord> exportOwnAccount() {
        return ownAccount().map(account -> new AccountRecord(account.requireId(), account.displayName(),
                new PhoneNumber(account.phoneNumber()), account.role(), account.createdAt(),
                codes.findByPhoneNumber(account.phoneNumber()).stream()
                        .sorted(Comparator.comparing(VerificationCode::createdAt))
                        .map(code -> new AccountRecord.CodeSent(code.purpose(), code.createdAt(), code.expiresAt(),
                                code.usedAt()))
                        .toList()));
    }

    /**
     * Deletes the signed-in applicant's account, in one transaction: {@link AccountDeleted} first, so that every
     * capability removes what it holds for the account (and can still read it), then the older codes sent to the phone,
     * then the row is anonymised: phone, name and password hash are gone, so it can never sign in again and the
     * number can register anew. The caller ends the session. False when nobody (or no applicant) is signed in.
     */
    @Transactional
    public boolean deleteOwnAccount() {
        var account = ownAccount();
        if (account.isEmpty()) {
            return false;
        }
        long id = account.get().requireId();
        events.publishEvent(new AccountDeleted(id));
        // The limits on codes for this number live in rate-limit buckets (keyed hashes, no number), so every code sent
        // to the phone can go; the buckets still stop strangers from flooding it.
        codes.deleteAll(codes.findByPhoneNumber(account.get().phoneNumber()));
        // Plain SQL: the aggregate cannot hold an account without a phone, and must never be saved as one.
        int changed = jdbc.sql("""
                update accounts_account
                set phone_number = null, password_hash = null, display_name = null, deleted_at = :now,
                    version = version + 1
                where id = :id and deleted_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("the account changed while it was being deleted");
        }
        return true;
    }

    private Optional<Account> ownAccount() {
        return currentAccount.user().filter(user -> user.role() == Role.APPLICANT)
                .flatMap(user -> accounts.findById(user.accountId()))
                .filter(account -> account.phoneNumber() != null);
    }
}
