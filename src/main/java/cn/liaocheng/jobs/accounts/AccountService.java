package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
    private final CurrentAccount currentAccount;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            VerificationCodes verificationCodes, CurrentAccount currentAccount, Clock clock) {
        this.currentAccount = currentAccount;
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
        var nameProblem = DisplayName.problem(displayName);
        if (nameProblem.isPresent()) {
            return new RegistrationOutcome.NameRefused(nameProblem.get());
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
        return switch (checkPassword(account, password)) {
            case PasswordCheck.Matches() -> {
                var signedIn = account.withSuccessfulSignIn();
                if (passwordEncoder.upgradeEncoding(account.passwordHash())) {
                    signedIn = signedIn.withPasswordHash(passwordEncoder.encode(password));
                }
                yield new SignInOutcome.SignedIn(accounts.save(signedIn).toUser().withoutPassword());
            }
            case PasswordCheck.Wrong() -> new SignInOutcome.Refused();
            case PasswordCheck.Wait(var retryAt, var locked) -> new SignInOutcome.TooSoon(retryAt, locked);
        };
    }

    /** Whether this number has an account, so that "forgot password" does not send a code for nothing. */
    public boolean hasAccount(PhoneNumber phone) {
        return accounts.findByPhoneNumber(phone.value()).isPresent();
    }

    /**
     * Sets a new password with a code sent to the phone for {@link VerificationCodes.Purpose#PASSWORD_RESET}. Also
     * lifts any sign-in pause or lock: the code proves the person holds the phone, which is what the lock protects.
     */
    @Transactional
    public PasswordResetOutcome resetPassword(PhoneNumber phone, String code, String newPassword) {
        var found = accounts.findByPhoneNumber(phone.value());
        if (found.isEmpty()) {
            return new PasswordResetOutcome.NoAccount();
        }
        if (passwordPolicy.check(newPassword, phone) instanceof PasswordPolicy.Invalid(var reason)) {
            return new PasswordResetOutcome.PasswordRefused(reason);
        }
        var check = verificationCodes.check(phone, VerificationCodes.Purpose.PASSWORD_RESET, code);
        if (!(check instanceof VerificationCodes.CheckOutcome.Confirmed)) {
            return new PasswordResetOutcome.CodeRefused(check);
        }
        var saved = accounts.save(found.get().withPasswordHash(passwordEncoder.encode(newPassword)));
        return new PasswordResetOutcome.PasswordReset(saved.toUser().withoutPassword());
    }

    /**
     * Changes the signed-in account's password. The current password is asked for, and wrong guesses count towards
     * the sign-in slow-down, so that someone at an unattended phone cannot take the account over.
     */
    @Transactional
    public PasswordChangeOutcome changePassword(String currentPassword, String newPassword) {
        var account = accounts.findById(currentAccount.requireId())
                .orElseThrow(() -> new AccessDeniedException("account gone"));
        var phone = new PhoneNumber(account.phoneNumber());
        return switch (checkPassword(account, currentPassword)) {
            case PasswordCheck.Wrong() -> new PasswordChangeOutcome.WrongPassword();
            case PasswordCheck.Wait(var retryAt, var locked) -> new PasswordChangeOutcome.TooSoon(retryAt, locked);
            case PasswordCheck.Matches() -> {
                if (passwordPolicy.check(newPassword, phone) instanceof PasswordPolicy.Invalid(var reason)) {
                    // The current password was right: no reason to keep earlier slips against the person.
                    accounts.save(account.withSuccessfulSignIn());
                    yield new PasswordChangeOutcome.PasswordRefused(reason);
                }
                accounts.save(account.withPasswordHash(passwordEncoder.encode(newPassword)));
                yield new PasswordChangeOutcome.Changed();
            }
        };
    }

    private sealed interface PasswordCheck {
        record Matches() implements PasswordCheck {}

        record Wrong() implements PasswordCheck {}

        record Wait(Instant retryAt, boolean locked) implements PasswordCheck {}
    }

    /** The throttle shared by sign-in and changing the password; a wrong password is counted and saved here. */
    private PasswordCheck checkPassword(Account account, String password) {
        var now = clock.instant();
        if (account.nextSignInAt() != null && now.isBefore(account.nextSignInAt())) {
            return new PasswordCheck.Wait(account.nextSignInAt(), SignInThrottle.isLock(account.failedSignIns()));
        }
        if (passwordEncoder.matches(password, account.passwordHash())) {
            return new PasswordCheck.Matches();
        }
        int failures = account.failedSignIns() + 1;
        var next = SignInThrottle.nextAttemptAfter(failures, now);
        try {
            accounts.save(account.withFailedSignIn(failures, next));
        } catch (OptimisticLockingFailureException countedByAParallelAttempt) {
            return new PasswordCheck.Wrong();
        }
        return next == null ? new PasswordCheck.Wrong() : new PasswordCheck.Wait(next, SignInThrottle.isLock(failures));
    }

    /** Name and role of an account, for showing who submitted something; empty for unknown ids. */
    public Optional<PortalUser> find(long accountId) {
        // A deleted account (AccountDataService) has no phone and no name left: it is nobody now.
        return accounts.findById(accountId).filter(account -> account.phoneNumber() != null)
                .map(account -> account.toUser().withoutPassword());
    }

    /** The account registered with this number, if any; used when a helper adds a person who already has one. */
    public Optional<PortalUser> findByPhone(PhoneNumber phone) {
        return accounts.findByPhoneNumber(phone.value()).map(account -> account.toUser().withoutPassword());
    }
}
