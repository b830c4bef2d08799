package cn.liaocheng.jobs.bankreferrals;

/**
 * The referral does not exist, or the signed-in account may not see it: deliberately the same, so that nobody learns
 * which ids exist. Views show the not-found page.
 */
public class ReferralNotFoundException extends RuntimeException {

    public ReferralNotFoundException() {
        super("no such referral for this account");
    }
}
