package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.platform.Translations;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Renders message texts ({@code message.*} keys) from the screens' translation files, outside any UI: a message is
 * often caused by staff, long after the person's browser is gone. Chinese unless the person's language is known to
 * be English.
 */
@Component
class MessageTexts {

    /** A rendered text with what it was made from, as the outbox keeps it. */
    record Text(String key, List<String> parameters, Locale language, String text) {
        Text {
            parameters = List.copyOf(parameters);
        }
    }

    private final Translations translations;

    MessageTexts(Translations translations) {
        this.translations = translations;
    }

    Text render(String key, Locale language, String... parameters) {
        var text = translations.render(key, language, (Object[]) parameters);
        return new Text(key, List.of(parameters), Translations.supported(language), text);
    }
}
