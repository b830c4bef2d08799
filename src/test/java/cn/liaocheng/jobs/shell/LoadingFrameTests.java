package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LoadingFrameTests {

    private static final Map<String, String> CHINESE = Map.of("app.name", "聊城残疾人就业服务", "shell.opening", "正在打开页面……");

    @Test
    void the_page_starts_with_the_services_name_and_says_it_is_opening() {
        var document = Jsoup.parse("<html><body><div id=\"outlet\"></div></body></html>");

        LoadingFrame.addTo(document, Locale.SIMPLIFIED_CHINESE, (key, locale) -> CHINESE.getOrDefault(key, key));

        var frame = document.body().child(0);
        assertThat(frame.hasClass(LoadingFrame.CLASS)).as("before Flow's outlet").isTrue();
        assertThat(frame.select(".site-brand").text()).isEqualTo("聊城残疾人就业服务");
        assertThat(frame.select(".loading-frame-text").text()).isEqualTo("正在打开页面……");
        assertThat(document.body().child(1).id()).isEqualTo("outlet");
        assertThat(frame.select(".site-topbar > .topbar-placeholder").eachText()).as("the real top bar's labels, to size it")
                .containsExactly("shell.toolbar", "shell.care", "shell.home", "shell.menu");
    }

    @Test
    void screen_readers_and_the_keyboard_meet_only_the_real_page() {
        var document = Jsoup.parse("<html><body><div id=\"outlet\"></div></body></html>");

        LoadingFrame.addTo(document, Locale.SIMPLIFIED_CHINESE, (key, locale) -> CHINESE.getOrDefault(key, key));

        var frame = document.selectFirst("." + LoadingFrame.CLASS);
        assertThat(frame.attr("aria-hidden")).isEqualTo("true");
        assertThat(frame.select("a, button, input, select, textarea, [tabindex], h1, h2, main, nav, header")).isEmpty();
    }

    @Test
    void its_words_are_in_the_pages_language() {
        var document = Jsoup.parse("<html><body></body></html>");

        LoadingFrame.addTo(document, Locale.ENGLISH, (key, locale) -> key + "@" + locale.getLanguage());

        assertThat(document.select(".site-brand").text()).isEqualTo("app.name@en");
        assertThat(document.select(".loading-frame-text").text()).isEqualTo("shell.opening@en");
    }
}
