package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import java.util.Locale;

/**
 * Where the assessment points the person: training, or one of the plan's ways into work. The employment ones follow
 * {@code review.EmploymentKind}'s names; they are kept here because review will sit above this capability (it records
 * the assessment at 办结), and a copy of five names is cheaper than a cycle (decision 0031).
 */
public enum Direction {
    /** 培训. */
    TRAINING,
    /** 按比例就业. */
    QUOTA,
    /** 公益性岗位. */
    PUBLIC_WELFARE_POST,
    /** 辅助性就业. */
    ASSISTED,
    /** 自主创业. */
    SELF_EMPLOYED;

    /** Whether an offer of this subtype leads in this direction. The 评估 itself never does: it is where one starts. */
    public boolean leadsTo(OfferSubtype subtype) {
        if (subtype == OfferSubtype.ASSESSMENT) {
            return false;
        }
        return switch (this) {
            case TRAINING -> subtype.kind() == OfferKind.COURSE;
            case QUOTA -> subtype == OfferSubtype.RESERVED_POST || subtype == OfferSubtype.GRADUATE;
            case PUBLIC_WELFARE_POST -> subtype == OfferSubtype.PUBLIC_WELFARE_POST;
            case ASSISTED -> subtype == OfferSubtype.ASSISTED_EMPLOYMENT || subtype == OfferSubtype.HANDICRAFT;
            case SELF_EMPLOYED -> subtype.kind() == OfferKind.INCUBATION || subtype.kind() == OfferKind.LOAN
                    || subtype == OfferSubtype.NEWSSTAND || subtype == OfferSubtype.LOTTERY
                    || subtype == OfferSubtype.TOBACCO || subtype == OfferSubtype.MASSAGE_CLINIC;
        };
    }

    /** The direction as the end of a sentence ("因为评估建议您参加培训"). */
    public String messageKey() {
        return "recommendations.direction." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The direction as a label on its own (a checkbox, a list of what the assessment said). */
    public String labelKey() {
        return "recommendations.direction-label." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
