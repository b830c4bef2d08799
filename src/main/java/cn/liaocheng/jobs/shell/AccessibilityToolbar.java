package cn.liaocheng.jobs.shell;

import cn.liaocheng.jobs.shell.DisplayPreferences.Contrast;
import cn.liaocheng.jobs.shell.DisplayPreferences.SpeechRate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 无障碍阅读: the reading aids Chinese government sites offer, done natively. Off until asked for;
 * every control is the browser's own button or radio button, so it never fights a screen reader, and no page
 * loads Vaadin's button or radio group scripts for it.
 * Read-aloud uses the browser's speech synthesis (see scripts/a11y.js) and never starts by itself.
 */
class AccessibilityToolbar extends Composite<Section> {

    private final DisplaySettings settings;
    private final Announcer announcer;
    private final NativeButton smaller = new NativeButton();
    private final NativeButton larger = new NativeButton();
    private final NativeRadioGroup<Contrast> contrast;
    private final NativeButton cursor = new NativeButton();
    private final NativeButton guide = new NativeButton();
    private final NativeRadioGroup<SpeechRate> rate;
    private final NativeButton pauseOrResume = new NativeButton();
    private boolean paused;

    AccessibilityToolbar(DisplaySettings settings, Announcer announcer) {
        this.settings = settings;
        this.announcer = announcer;
        var section = getContent();
        section.setId("a11y-toolbar");
        section.addClassName("a11y-toolbar");
        var heading = new H2(getTranslation("toolbar.heading"));
        heading.setId("a11y-toolbar-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());

        smaller.setText(getTranslation("toolbar.text.smaller"));
        smaller.addClickListener(e -> changeTextSize(-1));
        larger.setText(getTranslation("toolbar.text.larger"));
        larger.addClickListener(e -> changeTextSize(1));

        contrast = new NativeRadioGroup<>("toolbar-contrast", getTranslation("toolbar.contrast"),
                List.of(Contrast.values()), c -> c.name().toLowerCase(),
                c -> getTranslation("toolbar.contrast." + c.name().toLowerCase()));
        contrast.setValue(settings.current().contrast());
        contrast.addChangeListener(chosen -> settings.change(p -> p.withContrast(chosen)));

        cursor.setText(getTranslation("toolbar.cursor"));
        cursor.addClickListener(e -> settings.change(p -> p.withLargeCursor(!p.largeCursor())));
        guide.setText(getTranslation("toolbar.guide"));
        guide.addClickListener(e -> settings.change(p -> p.withReadingGuide(!p.readingGuide())));

        var readPage = new NativeButton(getTranslation("toolbar.read.page"), e -> speak("page"));
        var readSelection = new NativeButton(getTranslation("toolbar.read.selection"), e -> speak("selection"));
        pauseOrResume.setText(getTranslation("toolbar.read.pause"));
        pauseOrResume.addClickListener(e -> pauseOrResume());
        var stop = new NativeButton(getTranslation("toolbar.read.stop"), e -> stopReading());
        rate = new NativeRadioGroup<>("toolbar-rate", getTranslation("toolbar.read.rate"),
                List.of(SpeechRate.values()), r -> r.name().toLowerCase(),
                r -> getTranslation("toolbar.read.rate." + r.name().toLowerCase()));
        rate.setValue(settings.current().speechRate());
        rate.addChangeListener(chosen -> settings.change(p -> p.withSpeechRate(chosen)));

        var reset = new NativeButton(getTranslation("toolbar.reset"), e -> reset());

        section.add(heading,
                group("toolbar.group.text", smaller, larger),
                group(null, contrast),
                group("toolbar.group.pointer", cursor, guide),
                group("toolbar.group.read", readPage, readSelection, pauseOrResume, stop),
                group(null, rate),
                group(null, reset));
        settings.onChange(p -> showState());
        showState();
    }

    private Div group(@Nullable String labelKey, Component... controls) {
        var group = new Div(controls);
        group.addClassName("a11y-toolbar-group");
        if (labelKey != null) {
            group.getElement().setAttribute("role", "group");
            group.getElement().setAttribute("aria-label", getTranslation(labelKey));
        }
        return group;
    }

    private void changeTextSize(int step) {
        int size = settings.current().textSize() + step;
        if (size < 0 || size > DisplayPreferences.MAX_TEXT_SIZE) {
            announcer.announce(getTranslation(step > 0 ? "toolbar.text.largest" : "toolbar.text.smallest"));
            return;
        }
        settings.change(p -> p.withTextSize(size));
        announcer.announce(getTranslation("toolbar.text.level", size + 1, DisplayPreferences.MAX_TEXT_SIZE + 1));
    }

    private void speak(String scope) {
        paused = false;
        showState();
        getElement().executeJs("return window.lcA11y ? window.lcA11y.speak($0, $1) : 'unsupported'",
                        scope, settings.current().speechRate().rate())
                .then(String.class, outcome -> announcer.announce(getTranslation("toolbar.read.outcome." + outcome)),
                        error -> announcer.announce(getTranslation("toolbar.read.outcome.unsupported")));
    }

    private void pauseOrResume() {
        paused = !paused;
        getElement().executeJs(paused ? "window.lcA11y && window.lcA11y.pause()" : "window.lcA11y && window.lcA11y.resume()");
        showState();
        announcer.announce(getTranslation(paused ? "toolbar.read.paused" : "toolbar.read.resumed"));
    }

    private void stopReading() {
        paused = false;
        getElement().executeJs("window.lcA11y && window.lcA11y.stop()");
        showState();
        announcer.announce(getTranslation("toolbar.read.stopped"));
    }

    private void reset() {
        getElement().executeJs("window.lcA11y && window.lcA11y.stop()");
        paused = false;
        settings.change(DisplayPreferences::resetToolbar);
        contrast.setValue(settings.current().contrast());
        rate.setValue(settings.current().speechRate());
        showState();
        announcer.announce(getTranslation("toolbar.reset.done"));
    }

    private void showState() {
        var prefs = settings.current();
        pressed(cursor, prefs.largeCursor());
        pressed(guide, prefs.readingGuide());
        pauseOrResume.setText(getTranslation(paused ? "toolbar.read.resume" : "toolbar.read.pause"));
    }

    static void pressed(NativeButton button, boolean on) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
    }
}
