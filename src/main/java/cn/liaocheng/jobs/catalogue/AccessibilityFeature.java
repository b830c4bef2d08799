package cn.liaocheng.jobs.catalogue;

import java.util.Locale;

/** What a venue or offer provides so that disabled people can take part. */
public enum AccessibilityFeature {
    STEP_FREE, SIGN_LANGUAGE, BRAILLE_LARGE_PRINT, ACCESSIBLE_TOILET, ONLINE;

    public String messageKey() {
        return "feature." + name().toLowerCase(Locale.ROOT);
    }
}
