package cn.liaocheng.jobs.review;

import java.util.Locale;

/**
 * Whether an employed person is covered by social insurance (参加社会保险), as the national real-name system asks. 不清楚
 * is an answer of its own: a caseworker who does not know must not be pushed into 否. Stored by name.
 */
public enum SocialInsurance {
    /** 是 */
    YES,
    /** 否 */
    NO,
    /** 不清楚 */
    UNKNOWN;

    public String messageKey() {
        return "review.outcome.social-insurance." + name().toLowerCase(Locale.ROOT);
    }
}
