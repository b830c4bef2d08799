package cn.liaocheng.jobs.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The screens' translation files, for texts made outside any UI: an SMS or a voice call is often caused by staff or
 * by another person, long after (or before) the recipient's browser is there. Chinese unless the language is English.
 */
@Component
public class Translations {

    private final Map<String, Properties> bundles = Map.of(
            "zh", load("vaadin-i18n/translations_zh_CN.properties"),
            "en", load("vaadin-i18n/translations_en.properties"));

    /** The language a text is rendered in: English when asked for, otherwise Chinese. */
    public static Locale supported(Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** @throws NullPointerException when the key is missing, so that a typo fails in the tests, not at the person */
    public String render(String key, Locale language, Object... parameters) {
        var lang = supported(language);
        var pattern = Objects.requireNonNull(bundles.get(lang.getLanguage()).getProperty(key),
                () -> "no text " + key);
        return new MessageFormat(pattern, lang).format(parameters);
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = Translations.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
