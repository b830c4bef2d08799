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
}
