package cn.liaocheng.jobs.accounts;

/** No way to send codes is configured; see {@link UnavailableVerificationChannel}. */
public class VerificationUnavailableException extends RuntimeException {

    public VerificationUnavailableException() {
        super("no verification channel configured (set up an SMS gateway)");
    }
}
