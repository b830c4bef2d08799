package cn.liaocheng.jobs.quota;

/** Where a request to represent a unit stands. */
public enum UnitStatus {
    /** 待确认 */
    PENDING,
    /** 已确认: the account is the unit's representative (role EMPLOYER). */
    CONFIRMED,
    /** 未予确认 */
    REFUSED;

    public String messageKey() {
        return "quota.unit.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
