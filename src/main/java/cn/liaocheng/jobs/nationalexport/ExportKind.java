package cn.liaocheng.jobs.nationalexport;

import cn.liaocheng.jobs.review.OutcomeKind;
import java.util.Locale;

/** The two record sets of the national real-name system, each its own template (实名制就业 / 实名制培训). */
public enum ExportKind {
    /** 就业情况: people recorded as employed at 办结. */
    EMPLOYMENT(OutcomeKind.EMPLOYMENT),
    /** 培训情况: people recorded as enrolled in a course at 办结. */
    TRAINING(OutcomeKind.TRAINING);

    private final OutcomeKind outcomeKind;

    ExportKind(OutcomeKind outcomeKind) {
        this.outcomeKind = outcomeKind;
    }

    OutcomeKind outcomeKind() {
        return outcomeKind;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "export.kind." + slug();
    }
}
