package cn.liaocheng.jobs.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a person wants the portal shown: 关怀版 care mode and the 无障碍阅读 toolbar's settings.
 * Kept in one cookie so that the very first HTML of every page already has them (no flash of the
 * wrong size for someone who needs large text) and so that a family member can set them once.
 */
public record DisplayPreferences(boolean careMode, int textSize, Contrast contrast, boolean largeCursor,
        boolean readingGuide, SpeechRate speechRate) {

    public static final String COOKIE = "lc_a11y";
    public static final int MAX_TEXT_SIZE = 4;
    public static final DisplayPreferences DEFAULT =
            new DisplayPreferences(false, 0, Contrast.STANDARD, false, false, SpeechRate.NORMAL);

    public enum Contrast { STANDARD, BLACK_ON_WHITE, YELLOW_ON_BLACK }

    public enum SpeechRate {
        SLOW(0.7), NORMAL(1.0), FAST(1.4);

        private final double rate;

        SpeechRate(double rate) {
            this.rate = rate;
        }

        /** The Web Speech API's {@code SpeechSynthesisUtterance.rate}. */
        public double rate() {
            return rate;
        }
    }

    public DisplayPreferences {
        textSize = Math.clamp(textSize, 0, MAX_TEXT_SIZE);
    }

    public DisplayPreferences withCareMode(boolean on) {
        return new DisplayPreferences(on, textSize, contrast, largeCursor, readingGuide, speechRate);
    }

    public DisplayPreferences withTextSize(int size) {
        return new DisplayPreferences(careMode, size, contrast, largeCursor, readingGuide, speechRate);
    }

    public DisplayPreferences withContrast(Contrast scheme) {
        return new DisplayPreferences(careMode, textSize, scheme, largeCursor, readingGuide, speechRate);
    }

    public DisplayPreferences withLargeCursor(boolean on) {
        return new DisplayPreferences(careMode, textSize, contrast, on, readingGuide, speechRate);
    }

    public DisplayPreferences withReadingGuide(boolean on) {
        return new DisplayPreferences(careMode, textSize, contrast, largeCursor, on, speechRate);
    }

    public DisplayPreferences withSpeechRate(SpeechRate rate) {
        return new DisplayPreferences(careMode, textSize, contrast, largeCursor, readingGuide, rate);
    }

    /** Toolbar settings back to normal; care mode is switched with its own button and stays. */
    public DisplayPreferences resetToolbar() {
        return DEFAULT.withCareMode(careMode);
    }

    /** The classes on {@code <html>} that portal.css styles. */
    public List<String> htmlClasses() {
        var classes = new ArrayList<String>();
        if (careMode) {
            classes.add("lc-care");
        }
        if (textSize > 0) {
            classes.add("lc-size-" + textSize);
        }
        switch (contrast) {
            case BLACK_ON_WHITE -> classes.add("lc-contrast-bw");
            case YELLOW_ON_BLACK -> classes.add("lc-contrast-yb");
            case STANDARD -> { }
        }
        if (largeCursor) {
            classes.add("lc-cursor");
        }
        if (readingGuide) {
            classes.add("lc-guide");
        }
        return classes;
    }

    /** Cookie value, e.g. {@code care_1.size_2.contrast_yellow-on-black}; only letters, digits, '.', '_', '-'. */
    public String toCookieValue() {
        return String.join(".",
                "care_" + (careMode ? 1 : 0),
                "size_" + textSize,
                "contrast_" + slug(contrast),
                "cursor_" + (largeCursor ? 1 : 0),
                "guide_" + (readingGuide ? 1 : 0),
                "rate_" + slug(speechRate));
    }

    /** Reads a cookie value; anything unknown or damaged falls back to the default for that setting. */
    public static DisplayPreferences fromCookieValue(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return DEFAULT;
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : value.split("\\.")) {
            int underscore = part.indexOf('_');
            if (underscore > 0) {
                parts.put(part.substring(0, underscore), part.substring(underscore + 1));
            }
        }
        return new DisplayPreferences(
                "1".equals(parts.get("care")),
                parseSize(parts.get("size")),
                parseEnum(Contrast.class, parts.get("contrast"), Contrast.STANDARD),
                "1".equals(parts.get("cursor")),
                "1".equals(parts.get("guide")),
                parseEnum(SpeechRate.class, parts.get("rate"), SpeechRate.NORMAL));
    }

    private static int parseSize(@Nullable String value) {
        if (value == null || !value.matches("\\d")) {
            return 0;
        }
        return Integer.parseInt(value);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, @Nullable String slug, E fallback) {
        if (slug == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (slug(constant).equals(slug)) {
                return constant;
            }
        }
        return fallback;
    }

    private static String slug(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
