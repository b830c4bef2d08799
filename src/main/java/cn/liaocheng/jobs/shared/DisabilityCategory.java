package cn.liaocheng.jobs.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The seven categories of the second-generation disability certificate, in the order of its category digit 1-7. */
public enum DisabilityCategory {
    VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, PSYCHOSOCIAL, MULTIPLE;

    /** The digit the certificate number uses for this category (第二代残疾人证, 1-7). */
    public int certificateDigit() {
        return ordinal() + 1;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "disability." + slug();
    }

    public static Optional<DisabilityCategory> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug().equals(slug)).findFirst();
    }
}
