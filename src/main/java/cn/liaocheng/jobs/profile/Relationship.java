package cn.liaocheng.jobs.profile;

import java.util.Locale;

/** The helper's relationship to the person they help, shown as "王芳(女儿)": 王芳 is the person's daughter. */
public enum Relationship {
    SPOUSE, DAUGHTER, SON, PARENT, SIBLING, OTHER_RELATIVE, VILLAGE_WORKER, OTHER;

    /** E.g. {@code profile.relationship.daughter} → 女儿 / daughter. */
    public String messageKey() {
        return "profile.relationship." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
