package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own account data (PIPL art. 45): a copy of what this capability holds. */
@Service
public class AccountDataService {

    private final CurrentAccount currentAccount;
    private final AccountRepository accounts;
    private final VerificationCodeRepository codes;

    AccountDataService(CurrentAccount currentAccount, AccountRepository accounts, VerificationCodeRepository codes) {
        this.currentAccount = currentAccount;
        this.accounts = accounts;
        this.codes = codes;
    }

    /** The signed-in applicant's account as stored, without the password hash; empty for nobody or staff. */
    @Transactional(readOnly = true)
    public Optional<AccountRecord> exportOwnAccount() {
        return ownAccount().map(account -> new AccountRecord(account.requireId(), account.displayName(),
                new PhoneNumber(account.phoneNumber()), account.role(), account.createdAt(), account.failedSignIns(),
                account.nextSignInAt(), codes.findByPhoneNumber(account.phoneNumber()).stream()
                        .sorted(Comparator.comparing(VerificationCode::createdAt))
                        .map(code -> new AccountRecord.CodeSent(code.purpose(), code.createdAt(), code.expiresAt(),
                                code.usedAt()))
                        .toList()));
    }

    private Optional<Account> ownAccount() {
        return currentAccount.user().filter(user -> user.role() == Role.APPLICANT)
                .flatMap(user -> accounts.findById(user.accountId()));
    }
}
