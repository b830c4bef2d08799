package cn.liaocheng.jobs.profile;

import java.util.Locale;

/** Whether the person agreed that someone applies for them. */
public enum ConsentState {
    /** The signed-in account is the person: nobody has to agree. */
    NOT_NEEDED,
    /** A helper added the person; the person has not confirmed yet, so the helper may prepare drafts only. */
    AWAITING,
    /** The person read out the code sent to their own phone. */
    CONFIRMED_BY_CODE,
    /** Staff of the township or county federation confirmed it with the person face to face. */
    CONFIRMED_IN_PERSON;

    public boolean confirmed() {
        return this == CONFIRMED_BY_CODE || this == CONFIRMED_IN_PERSON;
    }

    public String messageKey() {
        return "profile.consent." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
