package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and checking passwords, with the slow-down of {@link SignInThrottle}. */
@Service
public class AccountService {

    /** Checked against when the phone number is unknown, so that a wrong number takes as long as a wrong password. */
    private final String unknownAccountHash;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final VerificationCodes verificationCodes;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            VerificationCodes verificationCodes, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.verificationCodes = verificationCodes;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode("no such account - timing only");
    }

    /**
     * Creates an applicant account after checking the code that was sent to {@code phone} for
     * {@link VerificationCodes.Purpose#SIGN_UP}. One transaction: the code is used up only if the account is made.
     */
    @Transactional
    public RegistrationOutcome register(PhoneNumber phone, String code, String password, String displayName) {
        if (accounts.findByPhoneNumber(phone.value()).isPresent()) {
            return new RegistrationOutcome.PhoneTaken();
        }
        if (passwordPolicy.check(password, phone) instanceof PasswordPolicy.Invalid(var reason)) {
            return new RegistrationOutcome.PasswordRefused(reason);
        }
        var check = verificationCodes.check(phone, VerificationCodes.Purpose.SIGN_UP, code);
        if (!(check instanceof VerificationCodes.CheckOutcome.Confirmed)) {
            return new RegistrationOutcome.CodeRefused(check);
        }
        try {
            var saved = accounts.save(Account.create(phone.value(), passwordEncoder.encode(password),
                    displayName.strip(), Role.APPLICANT, clock.instant()));
            return new RegistrationOutcome.Registered(saved.toUser().withoutPassword());
        } catch (DuplicateKeyException raceWithAnotherTab) {
            return new RegistrationOutcome.PhoneTaken();
        }
    }

    /** Checks a phone number and password; counts failures per account and refuses early while it must wait. */
    @Transactional
    public SignInOutcome signIn(PhoneNumber phone, String password) {
        var found = accounts.findByPhoneNumber(phone.value());
        if (found.isEmpty()) {
            passwordEncoder.matches(password, unknownAccountHash);
            return new SignInOutcome.Refused();
        }
        var account = found.get();
        var now = clock.instant();
        if (account.nextSignInAt() != null && now.isBefore(account.nextSignInAt())) {
            return new SignInOutcome.TooSoon(account.nextSignInAt(), SignInThrottle.isLock(account.failedSignIns()));
        }
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            int failures = account.failedSignIns() + 1;
            var next = SignInThrottle.nextAttemptAfter(failures, now);
            try {
                accounts.save(account.withFailedSignIn(failures, next));
            } catch (OptimisticLockingFailureException countedByAParallelAttempt) {
                return new SignInOutcome.Refused();
            }
            return next == null ? new SignInOutcome.Refused() : new SignInOutcome.TooSoon(next, SignInThrottle.isLock(failures));
        }
        var signedIn = account.withSuccessfulSignIn();
        if (passwordEncoder.upgradeEncoding(account.passwordHash())) {
            signedIn = signedIn.withPasswordHash(passwordEncoder.encode(password));
        }
        return new SignInOutcome.SignedIn(accounts.save(signedIn).toUser().withoutPassword());
    }

    /** Name and role of an account, for showing who submitted something; empty for unknown ids. */
    public Optional<PortalUser> find(long accountId) {
        return accounts.findById(accountId).map(account -> account.toUser().withoutPassword());
    }

    /** The account registered with this number, if any; used when a helper adds a person who already has one. */
    public Optional<PortalUser> findByPhone(PhoneNumber phone) {
        return accounts.findByPhoneNumber(phone.value()).map(account -> account.toUser().withoutPassword());
    }
}
