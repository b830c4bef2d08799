package cn.liaocheng.jobs.review;

import java.util.Locale;

/** How a person was employed, in the plan's categories. Stored by name. */
public enum EmploymentKind {
    /** 按比例就业: a job with an employer meeting its quota. */
    QUOTA,
    /** 公益性岗位. */
    PUBLIC_WELFARE_POST,
    /** 辅助性就业, e.g. in a 如康家园. */
    ASSISTED,
    /** 自主创业. */
    SELF_EMPLOYED,
    /** 集中就业 (a welfare enterprise). */
    CONCENTRATED,
    /** 灵活就业 (including working from home). */
    FLEXIBLE;

    public String messageKey() {
        return "review.outcome.employment-kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
