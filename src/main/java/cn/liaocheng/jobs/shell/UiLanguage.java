package cn.liaocheng.jobs.shell;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Chinese first, English second: the language a person chose, remembered in a cookie. */
public enum UiLanguage {
    CHINESE(Locale.SIMPLIFIED_CHINESE, "zh-CN", "zh"),
    ENGLISH(Locale.ENGLISH, "en", "en");

    public static final String COOKIE = "lc_lang";

    private final Locale locale;
    private final String htmlLang;
    private final String cookieValue;

    UiLanguage(Locale locale, String htmlLang, String cookieValue) {
        this.locale = locale;
        this.htmlLang = htmlLang;
        this.cookieValue = cookieValue;
    }

    public Locale locale() {
        return locale;
    }

    public String htmlLang() {
        return htmlLang;
    }

    public String cookieValue() {
        return cookieValue;
    }

    public UiLanguage other() {
        return this == CHINESE ? ENGLISH : CHINESE;
    }

    public static UiLanguage of(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The remembered choice; Chinese for everyone else, whatever the browser's language. */
    public static UiLanguage fromRequest(@Nullable VaadinRequest request) {
        return Cookies.value(request, COOKIE).filter(ENGLISH.cookieValue::equals).isPresent() ? ENGLISH : CHINESE;
    }
}
