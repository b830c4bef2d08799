package cn.liaocheng.jobs.profile;

import java.util.Locale;

/** Rural or urban household registration (户籍), which decides some offers such as 农村实用技术. */
public enum Household {
    RURAL, URBAN;

    public String messageKey() {
        return "profile.household." + name().toLowerCase(Locale.ROOT);
    }
}
