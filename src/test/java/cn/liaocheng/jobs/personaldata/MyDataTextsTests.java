package cn.liaocheng.jobs.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.messages.OutgoingMessage;
import cn.liaocheng.jobs.platform.Translations;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The readable copy has a word for every channel, message status and code purpose, in both languages. */
class MyDataTextsTests {

    private final Translations translations = new Translations();

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void every_kind_of_message_and_code_has_its_words(String language) {
        var locale = Locale.forLanguageTag(language);
        var keys = Stream.of(
                Arrays.stream(OutgoingMessage.Channel.values()).map(c -> "mydata.channel." + key(c)),
                Arrays.stream(OutgoingMessage.Status.values()).map(s -> "mydata.message.status." + key(s)),
                Arrays.stream(VerificationCodes.Purpose.values()).map(p -> "mydata.code.purpose." + key(p)))
                .flatMap(s -> s).toList();

        assertThat(keys).allSatisfy(key -> assertThat(translations.render(key, locale)).isNotBlank());
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
