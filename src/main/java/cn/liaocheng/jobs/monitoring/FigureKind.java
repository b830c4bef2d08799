package cn.liaocheng.jobs.monitoring;

import java.util.Locale;

/** The plan's figures, in the order the pages and the annual report show them. */
public enum FigureKind {
    /** 城乡新增残疾人就业: employment outcomes with the person employed, by start date. */
    NEW_JOBS,
    /** 辅助性就业 (如康家园): employment outcomes of kind ASSISTED. */
    ASSISTED_EMPLOYMENT,
    /**
     * 就业年龄段持证残疾人就业率, in per mille (550 = 55 %): people employed (numerator) over the working-age certificate
     * holders staff entered for the county (denominator); see {@link Figure}.
     */
    EMPLOYMENT_RATE,
    /**
     * 残疾人职业培训基地: for a county, the providers of in-person courses there; for the whole city, the counties that
     * have at least one (so the target is "every county").
     */
    TRAINING_BASES,
    /** 参加培训: training outcomes with the person enrolled. */
    TRAINING_PARTICIPANTS,
    /** 完成培训: training outcomes with the course completed. */
    TRAINING_COMPLETIONS,
    /** 推荐贷款: referrals to the Agricultural Bank. */
    LOANS_REFERRED,
    /** 获得贷款: loan outcomes recorded at 办结 (either kind of loan offer). */
    LOANS_GRANTED,
    /** 贷款金额 (元): the yuan of those loans. */
    LOAN_AMOUNT_YUAN,
    /** 入驻孵化基地: approved applications for incubation places. */
    INCUBATION_PLACES,
    /** 盲人按摩就业: employment outcomes on 盲人医疗按摩所 (MASSAGE_CLINIC) offers. */
    BLIND_MASSAGE_JOBS,
    /** 大学生"一人一策": people with an approved application for a GRADUATE programme. */
    GRADUATES_WITH_PLAN;

    /** The i18n key of the figure's name, e.g. {@code monitoring.figure.new-jobs}. */
    public String messageKey() {
        return "monitoring.figure." + slug();
    }

    /** The column name in CSV files and the id part in pages, e.g. {@code new-jobs}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@link Figure#value()} is a rate in per mille rather than a count. */
    public boolean isRate() {
        return this == EMPLOYMENT_RATE;
    }

    /** Whether the value is an amount of money (yuan) rather than a count of people, places or bases. */
    public boolean isYuan() {
        return this == LOAN_AMOUNT_YUAN;
    }
}
