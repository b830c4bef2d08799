package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person searches for. Any keyword is accepted; it is trimmed to a length that still
 * finds everything a person would type, so that pasted pages of text cannot make a query slow.
 * A {@code subtype} (e.g. 农村实用技术培训) narrows a kind and implies it.
 */
public record OfferFilter(String keyword, @Nullable County county, @Nullable OfferKind kind,
        @Nullable OfferSubtype subtype, @Nullable DisabilityCategory category, boolean ruralOnly, boolean openNow) {

    public static final int MAX_KEYWORD_LENGTH = 50;
    static final int MAX_WORDS = 5;

    public OfferFilter {
        keyword = normalise(keyword);
        if (subtype != null && kind != null && subtype.kind() != kind) {
            throw new IllegalArgumentException(subtype + " is not a kind of " + kind);
        }
        if (subtype != null) {
            kind = subtype.kind();
        }
    }

    public static OfferFilter all() {
        return new OfferFilter("", null, null, null, null, false, false);
    }

    public static OfferFilter ofKind(OfferKind kind) {
        return new OfferFilter("", null, kind, null, null, false, false);
    }

    /** The words to match, each against title, summary, provider, place and details. */
    List<String> words() {
        if (keyword.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(keyword.split(" ")).distinct().limit(MAX_WORDS).toList();
    }

    /** True when the keyword had to be shortened. */
    public static boolean isTooLong(@Nullable String keyword) {
        return keyword != null && keyword.strip().codePointCount(0, keyword.strip().length()) > MAX_KEYWORD_LENGTH;
    }

    private static String normalise(@Nullable String keyword) {
        if (keyword == null) {
            return "";
        }
        // Ideographic spaces (U+3000) are what Chinese input methods type between words.
        var collapsed = keyword.replace('\u3000', ' ').replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        if (collapsed.codePointCount(0, collapsed.length()) <= MAX_KEYWORD_LENGTH) {
            return collapsed;
        }
        return collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_KEYWORD_LENGTH)).strip();
    }
}
