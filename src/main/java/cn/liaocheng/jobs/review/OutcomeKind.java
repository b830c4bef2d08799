package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.catalogue.OfferKind;

/** The three shapes of outcome the plan's targets are counted from. */
public enum OutcomeKind {
    /** Courses: enrolled, completed, certificate. */
    TRAINING,
    /** Job programmes, posts and incubation places: employed, employer, start date, kind of employment. */
    EMPLOYMENT,
    /** Loans: amount granted, bank, date. */
    LOAN;

    static OutcomeKind of(OfferKind kind) {
        return switch (kind) {
            case COURSE -> TRAINING;
            case LOAN -> LOAN;
            case PROGRAMME, INCUBATION -> EMPLOYMENT;
        };
    }
}
