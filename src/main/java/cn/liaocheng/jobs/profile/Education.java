package cn.liaocheng.jobs.profile;

import java.util.Locale;

/** Highest education finished. A graduation year is asked only for higher education (残疾人大学生). */
public enum Education {
    PRIMARY_OR_NONE, JUNIOR_SECONDARY, SENIOR_SECONDARY, JUNIOR_COLLEGE, BACHELOR_OR_ABOVE;

    /** 大专 or 大学: the person counts as a 残疾人大学生 for graduate support (一人一策). */
    public boolean isHigherEducation() {
        return this == JUNIOR_COLLEGE || this == BACHELOR_OR_ABOVE;
    }

    public String messageKey() {
        return "profile.education." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
