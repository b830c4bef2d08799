package cn.liaocheng.jobs.applications;

import java.util.Locale;

/** Where an application stands. Only a draft can be edited; a rejection always carries a reason. */
public enum ApplicationStatus {
    /** 草稿: being filled in, saved on every step. */
    DRAFT,
    /** 已提交: sent, waiting for staff to pick it up. */
    SUBMITTED,
    /** 审核中: staff are looking at it. */
    IN_REVIEW,
    /** 需补充材料: staff asked for more; the applicant answers in the same application. */
    MORE_INFO_NEEDED,
    /** 已通过. */
    APPROVED,
    /** 未通过: with a reason. */
    REJECTED,
    /** 已完成: the course finished, the loan was paid out, the post was taken up. */
    COMPLETED;

    public String messageKey() {
        return "application.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isDraft() {
        return this == DRAFT;
    }

    /** The applicant may change answers: while drafting, and when staff asked for more (same application). */
    public boolean isOpenForAnswers() {
        return this == DRAFT || this == MORE_INFO_NEEDED;
    }

    /**
     * The moves staff can make. A draft becomes {@link #SUBMITTED} only by {@code submit}; {@link #MORE_INFO_NEEDED}
     * goes back to review when the applicant has answered.
     */
    public boolean canMoveTo(ApplicationStatus next) {
        return switch (this) {
            case DRAFT, REJECTED, COMPLETED -> false;
            case SUBMITTED -> next == IN_REVIEW || next == MORE_INFO_NEEDED || next == REJECTED;
            case IN_REVIEW -> next == MORE_INFO_NEEDED || next == APPROVED || next == REJECTED;
            case MORE_INFO_NEEDED -> next == IN_REVIEW || next == REJECTED;
            case APPROVED -> next == COMPLETED;
        };
    }

    /** A rejection, and a request for more information, must say why / what, in words the applicant can act on. */
    public boolean needsReason() {
        return this == REJECTED || this == MORE_INFO_NEEDED;
    }
}
