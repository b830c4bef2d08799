package cn.liaocheng.jobs.eligibility;

import java.util.Locale;

/** What a person wants from the portal; the result page is grouped by it. */
public enum Want {
    SKILL, JOB, BUSINESS, MONEY;

    public String messageKey() {
        return "eligibility.want." + name().toLowerCase(Locale.ROOT);
    }
}
