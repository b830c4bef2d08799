package cn.liaocheng.jobs.profile;

import java.util.Locale;

/** How the person wants to be told about their applications; every message honours it. */
public enum ContactPreference {
    SMS, PHONE_CALL, IN_PERSON;

    public String messageKey() {
        return "profile.contact." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
