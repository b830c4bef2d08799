package cn.liaocheng.jobs.catalogue;

import java.util.Locale;

/**
 * The texts of an offer that an editor writes in Chinese (required where the public page needs it) and optionally in
 * English, in the order of the edit form. The lengths are the columns' (V0001).
 */
public enum OfferTextField {
    TITLE(true, 200, false),
    SUMMARY(true, 2000, true),
    DETAILS(true, 8000, true),
    PROVIDER(true, 200, false),
    TOWNSHIP(false, 100, false),
    VENUE(false, 300, false),
    ELIGIBILITY(true, 4000, true),
    COST(false, 300, false),
    SUBSIDY(false, 2000, true),
    RATE(false, 2000, true),
    DOCUMENTS(false, 4000, true),
    TERMS(false, 4000, true),
    HOW_TO_APPLY(true, 4000, true),
    LEAD_DEPARTMENT(true, 300, false),
    CONTACT_NAME(true, 200, false);

    private final boolean required;
    private final int maxLength;
    private final boolean multiline;

    OfferTextField(boolean required, int maxLength, boolean multiline) {
        this.required = required;
        this.maxLength = maxLength;
        this.multiline = multiline;
    }

    /** Whether the Chinese text must be given; English never is (the page says when it is missing). */
    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean multiline() {
        return multiline;
    }

    /** e.g. {@code how-to-apply}: field ids ({@code how-to-apply.zh}) and translation keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
