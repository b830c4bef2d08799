package cn.liaocheng.jobs.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A text in Chinese, the portal's first language, and optionally in English.
 * English readers see the Chinese text where no translation exists rather than nothing.
 */
public record LocalizedText(String zh, @Nullable String en) {

    public LocalizedText {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("Chinese text is required");
        }
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }

    /** True when {@link #in(Locale)} falls back to Chinese for an English reader. */
    public boolean fallsBackToChinese(Locale locale) {
        return "en".equals(locale.getLanguage()) && (en == null || en.isBlank());
    }
}
