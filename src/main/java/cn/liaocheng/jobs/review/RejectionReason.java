package cn.liaocheng.jobs.review;

import java.util.Locale;

/**
 * Why an application was not approved, taken from the conditions the 2023 action plan sets (持证, 就业年龄段,
 * 符合条件, 以评估结果为依据 …). The chosen reason's wording, with the caseworker's own words, is what the applicant reads.
 */
public enum RejectionReason {
    /** Not a holder of the second-generation disability certificate (the plan counts 持证残疾人). */
    NO_CERTIFICATE,
    /** Outside working age (就业年龄段). */
    NOT_WORKING_AGE,
    /** Does not live in the county the offer is for. */
    OUTSIDE_AREA,
    /** The vocational assessment does not fit this offer (以评估结果为依据，分类开展精准培训). */
    ASSESSMENT_DOES_NOT_FIT,
    /** Does not meet the loan's conditions (创业担保贷款 for 符合条件的残疾人). */
    LOAN_CONDITIONS_NOT_MET,
    /** No places left. */
    NO_PLACES_LEFT,
    /** The documents could not be verified. */
    DOCUMENTS_NOT_VERIFIED,
    /** Another reason, written out in full. */
    OTHER;

    public String messageKey() {
        return "review.reject.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Only 其他 needs the caseworker's own words; for the others they are optional. */
    public boolean needsExplanation() {
        return this == OTHER;
    }
}
