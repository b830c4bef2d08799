package cn.liaocheng.jobs.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The 无障碍阅读 toolbar as someone who reads with difficulty uses it: off until asked for, read-aloud of the
 * page or of one paragraph in zh-CN at the chosen speed, pause / resume / stop, text size and contrast, and a
 * reset. Headless Chromium has no voices, so speech synthesis is replaced by a recorder before any portal
 * script runs; the tests assert what would have been spoken.
 */
class ReadingToolbarJourneyIT extends JourneyTestBase {

    /**
     * Records utterances in {@code window.__spoken} and calls in {@code window.__speechCalls}. The utterance
     * class is replaced too, because a real one refuses a voice object that the browser didn't make.
     */
    private static final String SPEECH_RECORDER = """
            (() => {
              window.__spoken = [];
              window.__speechCalls = [];
              window.SpeechSynthesisUtterance = class {
                constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; }
              };
              const synth = window.speechSynthesis;
              synth.speak = u => { window.__speechCalls.push('speak');
                window.__spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice ? u.voice.name : null }); };
              synth.pause = () => window.__speechCalls.push('pause');
              synth.resume = () => window.__speechCalls.push('resume');
              synth.cancel = () => window.__speechCalls.push('cancel');
              synth.getVoices = () => window.__voices;
            })();
            """;
    private static final String ONE_CHINESE_VOICE = "window.__voices = [{ lang: 'zh-CN', name: 'stub', default: true, localService: true, voiceURI: 'stub' }];";
    private static final String NO_VOICES = "window.__voices = [];";

    private Locator toolbar;

    private void openWithVoices(String voices, String path) {
        page.addInitScript(voices + SPEECH_RECORDER);
        open(path);
        toolbar = page.locator("#a11y-toolbar");
    }

    private Locator button(String name) {
        return toolbar.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator radio(String name) {
        return toolbar.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void openToolbar() {
        page.locator("#toolbar-toggle").click();
        assertThat(toolbar).isVisible();
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> spoken() {
        return (List<Map<String, Object>>) page.evaluate("() => window.__spoken");
    }

    @SuppressWarnings("unchecked")
    private List<String> speechCalls() {
        return (List<String>) page.evaluate("() => window.__speechCalls");
    }

    private void waitForUtterances(int count) {
        page.waitForFunction("n => window.__spoken.length >= n", count);
    }

    private void assertLiveRegionSays(String text) {
        assertThat(page.locator("#live-region")).containsText(text);
    }

    @Test
    void the_toolbar_is_off_by_default_and_its_button_opens_and_closes_it() {
        openWithVoices(ONE_CHINESE_VOICE, "/");
        var toggle = page.locator("#toolbar-toggle");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        // aria-controls only while the toolbar exists: it must never point at nothing.
        assertThat(toggle).not().hasAttribute("aria-controls", Pattern.compile(".*"));
        assertThat(toolbar).not().isVisible();
        assertThat(spoken()).as("spoken on load").isEmpty();

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(toggle).hasAttribute("aria-controls", "a11y-toolbar");
        assertThat(toolbar).isVisible();
        assertThat(toolbar).hasAccessibleName("无障碍阅读工具");

        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(toggle).not().hasAttribute("aria-controls", Pattern.compile(".*"));
        assertThat(toolbar).not().isVisible();
        assertThat(spoken()).as("spoken without pressing a read button").isEmpty();
    }

    @Test
    void read_page_speaks_the_main_content_in_zh_cn_and_the_slow_speed_applies_to_the_next_reading() {
        openWithVoices(ONE_CHINESE_VOICE, "/how-to-apply");
        openToolbar();

        button("朗读本页").click();
        waitForUtterances(1);
        var first = spoken().getFirst();
        assertThat((String) first.get("text")).startsWith(h1Text()).contains("第一步：找到适合您的项目");
        assertThat(first.get("lang")).isEqualTo("zh-CN");
        assertThat(((Number) first.get("rate")).doubleValue()).isEqualTo(1.0);
        assertThat(first.get("voice")).isEqualTo("stub");
        assertLiveRegionSays("开始朗读");
        assertThat(spoken()).hasSize(1);

        radio("慢").click();
        assertThat(radio("慢")).isChecked();
        page.waitForFunction("() => document.cookie.includes('rate_slow')");
        button("朗读本页").click();
        waitForUtterances(2);
        assertThat(((Number) spoken().get(1).get("rate")).doubleValue()).isEqualTo(0.7);
    }

    @Test
    void a_tapped_paragraph_is_what_read_selection_speaks() {
        openWithVoices(ONE_CHINESE_VOICE, "/offers/shenxian-greenhouse-vegetables");
        openToolbar();

        button("朗读选中段落").click();
        assertLiveRegionSays("请先点一下或选中要朗读的段落");
        assertThat(spoken()).as("nothing chosen, nothing spoken").isEmpty();

        var paragraph = page.locator("main p.lead");
        paragraph.tap();
        button("朗读选中段落").click();
        waitForUtterances(1);
        assertThat(spoken().getFirst().get("text")).isEqualTo(paragraph.innerText().strip());
        assertThat(spoken().getFirst().get("lang")).isEqualTo("zh-CN");
    }

    @Test
    void pause_resume_and_stop_drive_the_speech_synthesis() {
        openWithVoices(ONE_CHINESE_VOICE, "/");
        openToolbar();
        button("朗读本页").click();
        waitForUtterances(1);
        page.evaluate("() => { window.__speechCalls = []; }");

        button("暂停朗读").click();
        assertLiveRegionSays("朗读已暂停");
        assertThat(button("继续朗读")).isVisible();
        button("继续朗读").click();
        assertLiveRegionSays("继续朗读");
        assertThat(button("暂停朗读")).isVisible();
        button("停止朗读").click();
        assertLiveRegionSays("朗读已停止");
        assertThat(speechCalls()).containsExactly("pause", "resume", "cancel");
    }

    @Test
    void without_a_chinese_voice_the_live_region_says_so_plainly() {
        openWithVoices(NO_VOICES, "/");
        openToolbar();
        button("朗读本页").click();
        assertLiveRegionSays("这个浏览器没有中文朗读声音，所以听不到朗读。可以在手机设置里添加中文语音，或使用手机自带的读屏功能。");
    }

    @Test
    void text_size_buttons_set_the_size_class_and_announce_the_level() {
        openWithVoices(ONE_CHINESE_VOICE, "/");
        openToolbar();
        var bodySize = ((Number) page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue();

        button("文字变大").click();
        page.waitForFunction("() => document.documentElement.classList.contains('lc-size-1')");
        assertLiveRegionSays("文字大小：第 2 级，共 5 级");
        button("文字变大").click();
        page.waitForFunction("() => document.documentElement.classList.contains('lc-size-2')");
        assertLiveRegionSays("文字大小：第 3 级，共 5 级");
        assertThat(((Number) page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")).doubleValue())
                .isGreaterThan(bodySize);

        button("文字变小").click();
        page.waitForFunction("() => document.documentElement.classList.contains('lc-size-1')");
        assertLiveRegionSays("文字大小：第 2 级，共 5 级");
        button("文字变小").click();
        page.waitForFunction("() => ![...document.documentElement.classList].some(c => c.startsWith('lc-size-'))");
        assertLiveRegionSays("文字大小：第 1 级，共 5 级");
        button("文字变小").click();
        assertLiveRegionSays("文字已经是最小了");
        assertThat(spoken()).isEmpty();
    }

    @Test
    void yellow_on_black_and_black_on_white_pass_axe_and_reset_restores_every_default() {
        openWithVoices(ONE_CHINESE_VOICE, "/courses");
        openToolbar();
        button("文字变大").click();
        page.waitForFunction("() => document.documentElement.classList.contains('lc-size-1')");
        button("大鼠标").click();
        assertThat(button("大鼠标")).hasAttribute("aria-pressed", "true");
        button("阅读辅助线").click();
        assertThat(button("阅读辅助线")).hasAttribute("aria-pressed", "true");

        radio("黑底黄字").click();
        page.waitForFunction("() => document.documentElement.classList.contains('lc-contrast-yb')");
        waitForVaadin();
        assertThat(radio("黑底黄字")).isChecked();
        assertNoAxeViolations(false);
        assertFocusRingsStandOut("黑底黄字");

        // The scheme follows the person to the next page, cards included: home's 我能申请什么 card was once drawn
        // light grey behind yellow text, 1.1:1, on a page no scheme had been scanned on.
        open("/");
        assertThat(page.locator("html")).hasClass(Pattern.compile("\\blc-contrast-yb\\b"));
        assertThat(page.locator(".home-check")).isVisible();
        assertNoAxeViolations(false);
        assertThat(WhatAPersonSees.lowContrastTexts(page, 7)).as("texts under 7:1 in 黑底黄字 on /").isEmpty();
        openToolbar();

        radio("白底黑字").click();
        page.waitForFunction("() => document.documentElement.classList.contains('lc-contrast-bw')");
        waitForVaadin();
        assertNoAxeViolations(false);
        assertThat(WhatAPersonSees.lowContrastTexts(page, 7)).as("texts under 7:1 in 白底黑字 on /").isEmpty();
        assertFocusRingsStandOut("白底黑字");

        button("全部恢复默认").click();
        page.waitForFunction("() => ![...document.documentElement.classList].some(c => c.startsWith('lc-'))");
        assertLiveRegionSays("阅读设置已恢复默认");
        assertThat(radio("标准配色")).isChecked();
        assertThat(button("大鼠标")).hasAttribute("aria-pressed", "false");
        assertThat(button("阅读辅助线")).hasAttribute("aria-pressed", "false");
        assertThat(spoken()).as("nothing spoken without a read button").isEmpty();
    }

    /** Every focus ring of the page's first 50 keyboard stops (toolbar, header, filters) at least 3:1 in a scheme. */
    private void assertFocusRingsStandOut(String scheme) {
        for (var ring : WhatAPersonSees.focusRings(page, 50)) {
            assertThat(((Number) ring.get("ratio")).doubleValue()).as("focus ring in %s: %s", scheme, ring)
                    .isGreaterThanOrEqualTo(WhatAPersonSees.FOCUS_RING_MIN_CONTRAST);
        }
    }

    @Test
    void nothing_is_spoken_until_a_read_button_is_pressed() {
        openWithVoices(ONE_CHINESE_VOICE, "/");
        page.locator("main p").first().tap();
        openToolbar();
        radio("快").click();
        page.waitForFunction("() => document.cookie.includes('rate_fast')");
        openMenu();
        page.locator("nav.site-nav").getByText("贷款").click();
        waitForPortal();
        page.locator("main p").first().tap();
        assertThat(spoken()).isEmpty();
        assertThat(speechCalls()).doesNotContain("speak");

        button("朗读本页").click();
        waitForUtterances(1);
        assertThat(spoken()).hasSize(1);
        assertThat(((Number) spoken().getFirst().get("rate")).doubleValue()).isEqualTo(1.4);
        assertThat((String) spoken().getFirst().get("text")).startsWith("贷款");
    }
}
