package cn.liaocheng.jobs.accounts;

/**
 * The code (or the notice sent instead) did not reach the phone and will not be sent later: a late code is useless.
 * The page says why in plain words and the person may ask again; nothing counts against their limits.
 */
public class VerificationUnavailableException extends RuntimeException {

    /** Why nothing was sent; decides what the page tells the person. */
    public enum Reason {
        /** No SMS provider is configured ({@link UnavailableVerificationChannel}): ask at the township office. */
        NO_GATEWAY,
        /** Codes by voice call are not available here; an SMS, or the township office, is. */
        NO_VOICE_CALLS,
        /** The provider did not send it this time (down, slow, busy): ask again in a minute. */
        NOT_SENT,
        /** The provider refused this number (not a mobile number it can reach, or too many messages today). */
        NUMBER_REFUSED
    }

    private final Reason reason;

    public VerificationUnavailableException() {
        this(Reason.NO_GATEWAY);
    }

    public VerificationUnavailableException(Reason reason) {
        super("verification code not sent: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
