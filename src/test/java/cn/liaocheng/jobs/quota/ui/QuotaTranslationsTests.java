package cn.liaocheng.jobs.quota.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.quota.PostsStatus;
import cn.liaocheng.jobs.quota.QuotaStatus;
import cn.liaocheng.jobs.quota.UnitKind;
import cn.liaocheng.jobs.quota.UnitStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every quota text exists in Chinese and in English, the names of every kind and status included. */
class QuotaTranslationsTests {

    private static Properties load(String file) throws IOException {
        var texts = new Properties();
        try (var in = QuotaTranslationsTests.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> quotaKeys(Properties texts) {
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("quota."))
                .collect(Collectors.toSet());
    }

    @Test
    void both_languages_have_the_same_quota_texts_and_a_name_for_every_kind_and_status() throws IOException {
        var zh = load("translations_zh_CN.properties");
        var en = load("translations_en.properties");
        assertThat(quotaKeys(zh)).isNotEmpty().isEqualTo(quotaKeys(en));

        var names = Stream.of(
                Stream.of(UnitKind.values()).map(UnitKind::messageKey),
                Stream.of(QuotaStatus.values()).map(QuotaStatus::messageKey),
                Stream.of(UnitStatus.values()).map(UnitStatus::messageKey),
                Stream.of(PostsStatus.values()).map(PostsStatus::messageKey)).flatMap(s -> s).toList();
        assertThat(quotaKeys(zh)).containsAll(names);
    }

    @Test
    void english_texts_with_arguments_have_no_straight_apostrophe_that_message_format_would_swallow()
            throws IOException {
        var en = load("translations_en.properties");
        assertThat(quotaKeys(en)).filteredOn(k -> en.getProperty(k).contains("{0}"))
                .allSatisfy(k -> assertThat(en.getProperty(k)).as(k).doesNotContain("'"));
    }
}
