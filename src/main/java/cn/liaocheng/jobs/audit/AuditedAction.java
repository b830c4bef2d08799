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
    OFFER_CLOSED(false);

    private final boolean sensitiveView;

    AuditedAction(boolean sensitiveView) {
        this.sensitiveView = sensitiveView;
    }

    /** Whether this is a view of sensitive data rather than a change. */
    public boolean isSensitiveView() {
        return sensitiveView;
    }
}
