package cn.liaocheng.jobs.annualreport;

/** Where a county's report of one year stands, as the city's overview shows it. */
public enum ReportStatus {
    /** Nothing saved yet. */
    NOT_STARTED,
    /** A draft is saved, nothing submitted. */
    DRAFT,
    /** Submitted; the latest version is with the city. */
    SUBMITTED,
    /** The city asked for changes (请修改); the county is to submit a new version. */
    CHANGES_REQUESTED;

    public String messageKey() {
        return "annualreport.status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether the county may still write: a submitted report changes only by the city's 请修改 and a new version. */
    public boolean editable() {
        return this != SUBMITTED;
    }
}
