package cn.liaocheng.jobs.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shell.DisplayPreferences.Contrast;
import cn.liaocheng.jobs.shell.DisplayPreferences.SpeechRate;
import org.junit.jupiter.api.Test;

class DisplayPreferencesTests {

    @Test
    void every_setting_survives_the_round_trip_through_the_cookie() {
        var prefs = new DisplayPreferences(true, 3, Contrast.YELLOW_ON_BLACK, true, true, SpeechRate.SLOW);
        assertThat(DisplayPreferences.fromCookieValue(prefs.toCookieValue())).isEqualTo(prefs);
    }

    @Test
    void the_cookie_value_only_uses_characters_allowed_in_cookies() {
        var prefs = new DisplayPreferences(true, 4, Contrast.BLACK_ON_WHITE, true, false, SpeechRate.FAST);
        assertThat(prefs.toCookieValue()).matches("[a-z0-9._-]+");
    }

    @Test
    void a_damaged_or_foreign_cookie_gives_the_defaults_for_what_cannot_be_read() {
        assertThat(DisplayPreferences.fromCookieValue(null)).isEqualTo(DisplayPreferences.DEFAULT);
        assertThat(DisplayPreferences.fromCookieValue("<script>")).isEqualTo(DisplayPreferences.DEFAULT);
        assertThat(DisplayPreferences.fromCookieValue("x".repeat(10_000))).isEqualTo(DisplayPreferences.DEFAULT);
        var partly = DisplayPreferences.fromCookieValue("care_1.size_99.contrast_purple");
        assertThat(partly.careMode()).isTrue();
        assertThat(partly.textSize()).isZero();
        assertThat(partly.contrast()).isEqualTo(Contrast.STANDARD);
    }

    @Test
    void text_size_stays_within_the_toolbar_steps() {
        assertThat(DisplayPreferences.DEFAULT.withTextSize(9).textSize()).isEqualTo(DisplayPreferences.MAX_TEXT_SIZE);
        assertThat(DisplayPreferences.DEFAULT.withTextSize(-1).textSize()).isZero();
    }

    @Test
    void the_html_classes_name_each_active_setting() {
        assertThat(DisplayPreferences.DEFAULT.htmlClasses()).isEmpty();
        var prefs = new DisplayPreferences(true, 2, Contrast.BLACK_ON_WHITE, true, true, SpeechRate.NORMAL);
        assertThat(prefs.htmlClasses()).containsExactly("lc-care", "lc-size-2", "lc-contrast-bw", "lc-cursor", "lc-guide");
    }

    @Test
    void reset_clears_the_toolbar_but_keeps_care_mode() {
        var prefs = new DisplayPreferences(true, 2, Contrast.YELLOW_ON_BLACK, true, true, SpeechRate.FAST);
        assertThat(prefs.resetToolbar()).isEqualTo(DisplayPreferences.DEFAULT.withCareMode(true));
    }
}
