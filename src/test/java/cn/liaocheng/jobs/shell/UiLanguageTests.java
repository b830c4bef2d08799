package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

class UiLanguageTests {

    private static VaadinRequest requestWith(Cookie... cookies) {
        var request = mock(VaadinRequest.class);
        when(request.getCookies()).thenReturn(cookies);
        return request;
    }

    @Test
    void chinese_is_the_language_unless_english_was_chosen() {
        assertThat(UiLanguage.fromRequest(null)).isEqualTo(UiLanguage.CHINESE);
        assertThat(UiLanguage.fromRequest(mock(VaadinRequest.class))).isEqualTo(UiLanguage.CHINESE);
        assertThat(UiLanguage.fromRequest(requestWith(new Cookie("other", "en")))).isEqualTo(UiLanguage.CHINESE);
        assertThat(UiLanguage.fromRequest(requestWith(new Cookie(UiLanguage.COOKIE, "fr")))).isEqualTo(UiLanguage.CHINESE);
        assertThat(UiLanguage.fromRequest(requestWith(new Cookie(UiLanguage.COOKIE, "en")))).isEqualTo(UiLanguage.ENGLISH);
    }

    @Test
    void the_html_lang_is_the_full_tag_screen_readers_use_to_pick_a_voice() {
        assertThat(UiLanguage.CHINESE.htmlLang()).isEqualTo("zh-CN");
        assertThat(UiLanguage.ENGLISH.htmlLang()).isEqualTo("en");
    }

    @Test
    void display_preferences_come_from_their_cookie() {
        var prefs = DisplayPreferences.DEFAULT.withCareMode(true).withTextSize(2);

        assertThat(DisplaySettings.fromRequest(requestWith(new Cookie(DisplayPreferences.COOKIE, prefs.toCookieValue()))))
                .isEqualTo(prefs);
        assertThat(DisplaySettings.fromRequest(null)).isEqualTo(DisplayPreferences.DEFAULT);
    }
}
