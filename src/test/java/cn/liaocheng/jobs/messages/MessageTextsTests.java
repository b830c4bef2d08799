package cn.liaocheng.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.platform.Translations;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.MessageContact;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Texts exist in Chinese and English for every status a person hears about, and the preference picks the channel. */
class MessageTextsTests {

    private final MessageTexts texts = new MessageTexts(new Translations());

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"IN_REVIEW", "MORE_INFO_NEEDED", "APPROVED", "REJECTED",
            "COMPLETED"})
    void every_status_change_has_a_short_text_in_chinese_and_english(ApplicationStatus status) {
        var key = "message.application." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        var zh = texts.render(key, Locale.SIMPLIFIED_CHINESE, "LC-2026-000123", "请补充身份证复印件");
        var en = texts.render(key, Locale.ENGLISH, "LC-2026-000123", "a copy of the ID card");

        assertThat(zh.text()).startsWith("聊城残疾人就业服务：").contains("LC-2026-000123").doesNotContain("{");
        assertThat(en.text()).startsWith("Liaocheng Disability Employment Services:").contains("LC-2026-000123")
                .doesNotContain("{");
        // An SMS of at most ~140 Chinese characters is sent in two parts at worst.
        assertThat(zh.text().length()).isLessThan(140);
    }

    @Test
    void a_language_other_than_english_gets_chinese() {
        var text = texts.render("message.application.submitted", Locale.JAPANESE, "LC-2026-000123");
        assertThat(text.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(text.text()).contains("已提交，编号 LC-2026-000123");
        assertThat(texts.render("message.application.submitted", Locale.ENGLISH, "LC-2026-000123").text())
                .contains("reference LC-2026-000123");
    }

    @ParameterizedTest
    @CsvSource({"SMS,SMS", "PHONE_CALL,PHONE_CALL", "IN_PERSON,IN_PERSON"})
    void the_contact_preference_picks_the_channel(ContactPreference preference, OutgoingMessage.Channel channel) {
        assertThat(ApplicationMessages.channelFor(new MessageContact(preference, new PhoneNumber("13800138000"))))
                .isEqualTo(channel);
        assertThat(ApplicationMessages.channelFor(new MessageContact(preference, null)))
                .isEqualTo(OutgoingMessage.Channel.IN_PERSON);
    }

    @Test
    void a_contact_never_shows_the_whole_number() {
        assertThat(new MessageContact(ContactPreference.SMS, new PhoneNumber("13800138000")).toString())
                .doesNotContain("13800138000");
    }
}
