package cn.liaocheng.jobs.quota;

/** A unit's standing against the quota in one year's report. */
public enum QuotaStatus {
    /** 达标 */
    MEETS,
    /** 未达标 */
    BELOW,
    /** No staff reported: nothing to count (a unit being set up). */
    NO_STAFF;

    public String messageKey() {
        return "quota.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
