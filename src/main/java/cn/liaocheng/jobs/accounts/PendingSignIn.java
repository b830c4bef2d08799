package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff sign-in whose password was right and whose second factor (a code sent to the phone) is still to come. Only
 * {@link AccountService#signIn} makes one, so holding it proves the password step; the view keeps it in the browser
 * tab's memory, never in a URL or the HTTP session, and nothing about it signs anyone in by itself.
 */
public final class PendingSignIn {

    /** As long as a code is valid: a password typed longer ago than this is asked for again. */
    static final Duration VALID_FOR = VerificationCodes.VALID_FOR;

    private final long accountId;
    private final PhoneNumber phone;
    private final Instant passwordCheckedAt;

    PendingSignIn(long accountId, PhoneNumber phone, Instant passwordCheckedAt) {
        this.accountId = accountId;
        this.phone = phone;
        this.passwordCheckedAt = passwordCheckedAt;
    }

    long accountId() {
        return accountId;
    }

    PhoneNumber phone() {
        return phone;
    }

    /** Where the code goes, masked (138****0002), for the page to say. */
    public String maskedPhone() {
        return phone.masked();
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(passwordCheckedAt.plus(VALID_FOR));
    }

    @Override
    public String toString() {
        return "PendingSignIn[accountId=" + accountId + "]";
    }
}
