package cn.liaocheng.jobs.messages;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Renders message texts from the same translation files as the screens ({@code message.*} keys), outside any UI: a
 * message is often caused by staff, long after the person's browser is gone. Chinese unless the person's language is
 * known to be English.
 */
@Component
class MessageTexts {

    /** A rendered text with what it was made from, as the outbox keeps it. */
    record Text(String key, List<String> parameters, Locale language, String text) {
        Text {
            parameters = List.copyOf(parameters);
        }
    }

    private final Map<String, Properties> bundles = Map.of(
            "zh", load("vaadin-i18n/translations_zh_CN.properties"),
            "en", load("vaadin-i18n/translations_en.properties"));

    Text render(String key, Locale language, String... parameters) {
        var lang = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        var pattern = Objects.requireNonNull(bundles.get(lang.getLanguage()).getProperty(key),
                () -> "no message text " + key);
        var text = new MessageFormat(pattern, lang).format(parameters);
        return new Text(key, List.of(parameters), lang, text);
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = MessageTexts.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
