package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do besides an applicant's sign-in: the second factor (a code sent to the phone after the right password),
 * and setting a password with a code when there is none yet. Codes are sent and checked within the same
 * {@link CodeLimits} as every other code (decision 0005); the password step within the {@link SignInLimits}.
 */
@Service
public class StaffSignIn {

    private final AccountRepository accounts;
    private final VerificationCodes codes;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInLimits signInLimits;
    private final Clock clock;

    StaffSignIn(AccountRepository accounts, VerificationCodes codes, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, SignInLimits signInLimits, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.signInLimits = signInLimits;
        this.clock = clock;
    }

    /** Whether the password step is too long ago; the page then asks for the password again. */
    public boolean expired(PendingSignIn pending) {
        return pending.expiredAt(clock.instant());
    }

    /** Sends the code of the second step to the staff member's phone. */
    @Transactional
    public VerificationCodes.SendOutcome sendSignInCode(PendingSignIn pending, VerificationChannel.Delivery delivery) {
        if (expired(pending)) {
            // The page asks for the password again before it gets here; this only keeps an old one from sending.
            return new VerificationCodes.SendOutcome.TooSoon(clock.instant());
        }
        return codes.send(pending.phone(), VerificationCodes.Purpose.STAFF_SIGN_IN, delivery);
    }

    /**
     * Checks the code of the second step; only then is the staff member signed in. The account is read again, so that
     * one switched off between the two steps is not signed in.
     */
    @Transactional
    public SecondFactorOutcome confirmSignIn(PendingSignIn pending, String code) {
        if (expired(pending)) {
            return new SecondFactorOutcome.StartAgain();
        }
        switch (codes.attempt(pending.phone(), VerificationCodes.Purpose.STAFF_SIGN_IN, code)) {
            case VerificationCodes.Attempt.Refused(var retryAt) -> {
                return new SecondFactorOutcome.TryLater(retryAt);
            }
            case VerificationCodes.Attempt.Checked(var check) -> {
                if (!(check instanceof VerificationCodes.CheckOutcome.Confirmed)) {
                    return new SecondFactorOutcome.CodeRefused(check);
                }
            }
        }
        return accounts.findById(pending.accountId())
                .filter(account -> account.active() && account.role().isStaff() && account.hasPassword()
                        && account.phoneNumber().equals(pending.phone().value()))
                .<SecondFactorOutcome>map(account -> new SecondFactorOutcome.SignedIn(account.toUser().withoutPassword()))
                .orElseGet(SecondFactorOutcome.StartAgain::new);
    }

    /**
     * Sends the code for setting a first password. Only an active staff account without a password gets a code; any
     * other number gets a notice instead, and the page answers the same, so it tells nobody which numbers are staff.
     */
    @Transactional
    public VerificationCodes.SendOutcome sendPasswordSetupCode(PhoneNumber phone,
            VerificationChannel.Delivery delivery) {
        return waitingForPassword(phone)
                ? codes.send(phone, VerificationCodes.Purpose.PASSWORD_SETUP, delivery)
                : codes.sendInstead(phone, VerificationCodes.Purpose.PASSWORD_SETUP, delivery,
                        VerificationChannel.Notice.NOTHING_TO_SET_UP);
    }

    /**
     * Sets the password of a staff account that has none, with the code sent for it. Signs nobody in: the staff member
     * then signs in with the password and a second code, like every time.
     */
    @Transactional
    public PasswordResetOutcome setUpPassword(PhoneNumber phone, String code, String password) {
        if (passwordPolicy.check(password, phone) instanceof PasswordPolicy.Invalid(var reason)) {
            return new PasswordResetOutcome.PasswordRefused(reason);
        }
        switch (codes.attempt(phone, VerificationCodes.Purpose.PASSWORD_SETUP, code)) {
            case VerificationCodes.Attempt.Refused(var retryAt) -> {
                return new PasswordResetOutcome.TryLater(retryAt);
            }
            case VerificationCodes.Attempt.Checked(var check) -> {
                if (!(check instanceof VerificationCodes.CheckOutcome.Confirmed)) {
                    return new PasswordResetOutcome.CodeRefused(check);
                }
            }
        }
        var account = accounts.findByPhoneNumber(phone.value())
                .filter(a -> a.role().isStaff() && a.active() && !a.hasPassword());
        if (account.isEmpty()) {
            // Only a guess at the code of a notice nobody could read gets here: answered like any wrong code.
            return new PasswordResetOutcome.CodeRefused(new VerificationCodes.CheckOutcome.NeedsNewCode());
        }
        var saved = accounts.save(account.get().withPasswordHash(passwordEncoder.encode(password)));
        signInLimits.forgive(phone);
        return new PasswordResetOutcome.PasswordReset(saved.toUser().withoutPassword());
    }

    private boolean waitingForPassword(PhoneNumber phone) {
        return accounts.findByPhoneNumber(phone.value())
                .filter(a -> a.role().isStaff() && a.active() && !a.hasPassword()).isPresent();
    }
}
