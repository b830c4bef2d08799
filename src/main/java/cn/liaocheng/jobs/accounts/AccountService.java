package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts and checking passwords, within the {@link SignInLimits}. */
@Service
public class AccountService {

    /** Checked against when the phone number is unknown, so that a wrong number takes as long as a wrong password. */
    private final String unknownAccountHash;

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final VerificationCodes verificationCodes;
    private final CurrentAccount currentAccount;
    private final SignInLimits signInLimits;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            VerificationCodes verificationCodes, CurrentAccount currentAccount, SignInLimits signInLimits,
            Clock clock) {
        this.currentAccount = currentAccount;
        this.signInLimits = signInLimits;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.verificationCodes = verificationCodes;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode("no such account - timing only");
    }

    /**
     * Sends the code for registering. For a number that has an account, the phone gets a notice instead ("这个号码已注册，
     * 可直接登录或找回密码") and the answer is the same, so the page does not tell strangers who is registered.
     */
    public VerificationCodes.SendOutcome sendSignUpCode(PhoneNumber phone, VerificationChannel.Delivery delivery) {
        return accounts.findByPhoneNumber(phone.value()).isPresent()
                ? verificationCodes.sendInstead(phone, VerificationCodes.Purpose.SIGN_UP, delivery,
                        VerificationChannel.Notice.ALREADY_REGISTERED)
                : verificationCodes.send(phone, VerificationCodes.Purpose.SIGN_UP, delivery);
    }

    /**
     * Sends the code for a new password. For a number without an account, the phone gets a notice that it can
     * register instead, and the answer is the same as for any number. A staff account gets a notice too: its phone is
     * its second factor, so a code alone must not set its password (an administrator removes it instead).
     */
    public VerificationCodes.SendOutcome sendPasswordResetCode(PhoneNumber phone,
            VerificationChannel.Delivery delivery) {
        var account = accounts.findByPhoneNumber(phone.value());
        if (account.isPresent() && account.get().role().isStaff()) {
            return verificationCodes.sendInstead(phone, VerificationCodes.Purpose.PASSWORD_RESET, delivery,
                    VerificationChannel.Notice.STAFF_ASK_ADMINISTRATOR);
        }
        return account.isPresent()
                ? verificationCodes.send(phone, VerificationCodes.Purpose.PASSWORD_RESET, delivery)
                : verificationCodes.sendInstead(phone, VerificationCodes.Purpose.PASSWORD_RESET, delivery,
                        VerificationChannel.Notice.NO_ACCOUNT);
    }

    /**
     * Creates an applicant account after checking the code that was sent to {@code phone} for
     * {@link VerificationCodes.Purpose#SIGN_UP}. One transaction: the code is used up only if the account is made.
     * Whether the number is taken is looked at only after the code: a registered number never got a code, so it
     * gets the same "wrong code" answers as any number whose holder did not pass the code on.
     */
    @Transactional
    public RegistrationOutcome register(PhoneNumber phone, String code, String password, String displayName) {
        var nameProblem = DisplayName.problem(displayName);
        if (nameProblem.isPresent()) {
            return new RegistrationOutcome.NameRefused(nameProblem.get());
        }
        if (passwordPolicy.check(password, phone) instanceof PasswordPolicy.Invalid(var reason)) {
            return new RegistrationOutcome.PasswordRefused(reason);
        }
        switch (verificationCodes.attempt(phone, VerificationCodes.Purpose.SIGN_UP, code)) {
            case VerificationCodes.Attempt.Refused(var retryAt) -> {
                return new RegistrationOutcome.TryLater(retryAt);
            }
            case VerificationCodes.Attempt.Checked(var check) -> {
                if (!(check instanceof VerificationCodes.CheckOutcome.Confirmed)) {
                    return new RegistrationOutcome.CodeRefused(check);
                }
            }
        }
        if (accounts.findByPhoneNumber(phone.value()).isPresent()) {
            return new RegistrationOutcome.PhoneTaken();
        }
        try {
            var saved = accounts.save(Account.create(phone.value(), passwordEncoder.encode(password),
                    displayName.strip(), Role.APPLICANT, clock.instant()));
            return new RegistrationOutcome.Registered(saved.toUser().withoutPassword());
        } catch (DuplicateKeyException raceWithAnotherTab) {
            return new RegistrationOutcome.PhoneTaken();
        }
    }

    /**
     * Checks a phone number and password within the {@link SignInLimits}. A number without an account (or with a staff
     * account that is switched off or has no password yet) is counted and answered exactly like one with an account and
     * a wrong password. Staff are not signed in by a password alone: they get {@link SignInOutcome.SecondFactorNeeded}
     * and go on with {@link StaffSignIn}.
     */
    @Transactional
    public SignInOutcome signIn(PhoneNumber phone, String password) {
        var account = accounts.findByPhoneNumber(phone.value()).orElse(null);
        return switch (checkPassword(phone, account, password)) {
            case PasswordCheck.Matches() -> {
                var signedIn = Objects.requireNonNull(account);
                if (passwordEncoder.upgradeEncoding(Objects.requireNonNull(signedIn.passwordHash()))) {
                    signedIn = accounts.save(signedIn.withPasswordHash(passwordEncoder.encode(password)));
                }
                if (signedIn.role().isStaff()) {
                    yield new SignInOutcome.SecondFactorNeeded(
                            new PendingSignIn(signedIn.requireId(), phone, clock.instant()));
                }
                yield new SignInOutcome.SignedIn(signedIn.toUser().withoutPassword());
            }
            case PasswordCheck.Wrong() -> new SignInOutcome.Refused();
            case PasswordCheck.Wait(var retryAt, var locked) -> new SignInOutcome.TooSoon(retryAt, locked);
            case PasswordCheck.Busy(var retryAt) -> new SignInOutcome.Busy(retryAt);
        };
    }

    /**
     * Sets a new password with a code sent to the phone for {@link VerificationCodes.Purpose#PASSWORD_RESET}. Also
     * lifts any sign-in pause or lock: the code proves the person holds the phone, which is what the lock protects.
     * A number without an account is answered like a wrong code (it got a notice, never a code).
     */
    @Transactional
    public PasswordResetOutcome resetPassword(PhoneNumber phone, String code, String newPassword) {
        if (passwordPolicy.check(newPassword, phone) instanceof PasswordPolicy.Invalid(var reason)) {
            return new PasswordResetOutcome.PasswordRefused(reason);
        }
        switch (verificationCodes.attempt(phone, VerificationCodes.Purpose.PASSWORD_RESET, code)) {
            case VerificationCodes.Attempt.Refused(var retryAt) -> {
                return new PasswordResetOutcome.TryLater(retryAt);
            }
            case VerificationCodes.Attempt.Checked(var check) -> {
                if (!(check instanceof VerificationCodes.CheckOutcome.Confirmed)) {
                    return new PasswordResetOutcome.CodeRefused(check);
                }
            }
        }
        // Staff never got a reset code (see sendPasswordResetCode): a guess is answered like any wrong code.
        var found = accounts.findByPhoneNumber(phone.value()).filter(account -> !account.role().isStaff());
        if (found.isEmpty()) {
            // Only a guess of the code nobody received gets here; it is answered like any wrong code.
            return new PasswordResetOutcome.CodeRefused(new VerificationCodes.CheckOutcome.NeedsNewCode());
        }
        var saved = accounts.save(found.get().withPasswordHash(passwordEncoder.encode(newPassword)));
        signInLimits.forgive(phone);
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
        return switch (checkPassword(phone, account, currentPassword)) {
            case PasswordCheck.Wrong() -> new PasswordChangeOutcome.WrongPassword();
            case PasswordCheck.Wait(var retryAt, var locked) -> new PasswordChangeOutcome.TooSoon(retryAt, locked);
            case PasswordCheck.Busy(var retryAt) -> new PasswordChangeOutcome.TooSoon(retryAt, false);
            case PasswordCheck.Matches() -> {
                if (passwordPolicy.check(newPassword, phone) instanceof PasswordPolicy.Invalid(var reason)) {
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

        record Busy(Instant retryAt) implements PasswordCheck {}
    }

    /**
     * The limits shared by sign-in and changing the password. Without an account the password is checked against a
     * stand-in hash, so that an unknown number takes as long and counts the same as a wrong password.
     */
    private PasswordCheck checkPassword(PhoneNumber phone, @Nullable Account account, String password) {
        return switch (signInLimits.begin(phone)) {
            case SignInLimits.Attempt.Wait(var retryAt, var locked) -> new PasswordCheck.Wait(retryAt, locked);
            case SignInLimits.Attempt.Busy(var retryAt) -> new PasswordCheck.Busy(retryAt);
            case SignInLimits.Attempt.Allowed(var ticket) -> {
                boolean usable = account != null && account.active() && account.passwordHash() != null;
                boolean matches = passwordEncoder.matches(password,
                        usable ? Objects.requireNonNull(account.passwordHash()) : unknownAccountHash) && usable;
                if (matches) {
                    signInLimits.succeeded(ticket);
                    yield new PasswordCheck.Matches();
                }
                yield signInLimits.failed(ticket)
                        .<PasswordCheck>map(wait -> new PasswordCheck.Wait(wait.retryAt(), wait.locked()))
                        .orElseGet(PasswordCheck.Wrong::new);
            }
        };
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
