package cn.liaocheng.jobs.audit;

/**
 * What staff did, in a fixed vocabulary so that people and tests can find it. Stored by name: never rename a value
 * that rows already use; add a new one instead.
 */
public enum AuditedAction {

    // Views of sensitive data (PIPL art. 51: processing includes reading).

    /** Opened an application with its answers, which may hold health and disability facts. */
    APPLICATION_OPENED(true),
    /** Revealed a masked resident ID number on purpose. */
    ID_NUMBER_REVEALED(true),
    /** Revealed a masked disability certificate number on purpose. */
    CERTIFICATE_NUMBER_REVEALED(true),
    /** Opened or downloaded a document of an application (certificate photo, business plan). */
    DOCUMENT_OPENED(true),
    /** Exported a list of people or applications (e.g. CSV for a report). */
    LIST_EXPORTED(true),
    /** An administrator searched this record; what was searched for is the detail. */
    AUDIT_TRAIL_SEARCHED(true),

    // Actions on applications (the buttons of the staff application page).

    /** 开始审核 */
    REVIEW_STARTED(false),
    /** 需补充材料 */
    MORE_INFORMATION_REQUESTED(false),
    /** 通过 */
    APPROVED(false),
    /** 不通过 */
    REJECTED(false),
    /** 办结, with the outcome recorded. */
    COMPLETED(false),
    /** 由我处理, or an administrator's reassignment. */
    ASSIGNED(false),
    /** 本人已当面确认: a caseworker recorded a helper's consent given in person. */
    CONSENT_CONFIRMED_IN_PERSON(false),
    /** A loan officer recorded the bank's answer to a referral (已受理, 已放款, 未获批). */
    BANK_ANSWER_RECORDED(false),

    // Staff accounts.

    /** An administrator created a staff account. */
    STAFF_ACCOUNT_CREATED(false),
    /** An administrator changed a staff account's role, county or access. */
    STAFF_ACCOUNT_CHANGED(false),

    // Appended for the national export (decision 0021).

    /**
     * Downloaded a 上报全国系统 file, which holds names, certificate and phone numbers in full; the detail says which
     * county, period, record set, format and how many rows, never the numbers.
     */
    NATIONAL_EXPORT_DOWNLOADED(true),

    /** A county or city administrator entered or changed a county's employment-rate denominator (monitoring). */
    EMPLOYMENT_BASE_CHANGED(false),

    // Annual reports (年度落实情况报告); the detail names the county and year, e.g. "SHENXIAN 2026 v2".

    /** Looked at which counties' reports of a year stand where. */
    ANNUAL_REPORTS_LISTED(false),
    /** Opened one county's report. */
    ANNUAL_REPORT_OPENED(false),
    /** Saved a report's draft. */
    ANNUAL_REPORT_DRAFT_SAVED(false),
    /** Submitted a version to the city. */
    ANNUAL_REPORT_SUBMITTED(false),
    /** The city sent a report back (请修改). */
    ANNUAL_REPORT_CHANGES_REQUESTED(false),
    /** Downloaded a report as a document. */
    ANNUAL_REPORT_DOWNLOADED(false),
    /** Assembled (opened or downloaded) the city's report of all counties. */
    CITY_ANNUAL_REPORT_ASSEMBLED(false),

    // Employers' quota (按比例安排就业).

    /** Staff confirmed that an account represents a unit: the account's role became EMPLOYER. */
    EMPLOYER_CONFIRMED(false),
    /** Staff refused a request to represent a unit. */
    EMPLOYER_REFUSED(false),
    /** Staff approved the posts a unit reserved for disabled applicants (published for the catalogue). */
    RESERVED_POSTS_APPROVED(false),
    /** Staff refused the posts a unit reserved. */
    RESERVED_POSTS_REFUSED(false),

    // The catalogue (decision 0018): the offer's id and what changed are the detail, never the texts.

    /** An editor created an offer (a draft). */
    OFFER_CREATED(false),
    /** An editor changed an offer's texts, dates, seats or other fields. */
    OFFER_CHANGED(false),
    /** An editor published an offer: it is listed and takes applications. */
    OFFER_PUBLISHED(false),
    /** An editor took an offer off the public pages. */
    OFFER_UNPUBLISHED(false),
    /** An editor closed an offer for good. */
    OFFER_CLOSED(false),

    // Easy-read texts (decision 0032): the topic and which parts changed are the detail, never the texts.

    /** A city administrator changed an easy-read text. */
    EASY_READ_CHANGED(false);

    private final boolean sensitiveView;

    AuditedAction(boolean sensitiveView) {
        this.sensitiveView = sensitiveView;
    }

    /** Whether this is a view of sensitive data rather than a change. */
    public boolean isSensitiveView() {
        return sensitiveView;
    }
}
