package cn.liaocheng.jobs.shell;

import cn.liaocheng.jobs.shell.DisplayPreferences.Contrast;
import cn.liaocheng.jobs.shell.DisplayPreferences.SpeechRate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;

/**
 * 无障碍阅读: the reading aids Chinese government sites offer, done natively. Off until asked for;
 * every control is a real button or radio group, so it never fights a screen reader.
 * Read-aloud uses the browser's speech synthesis (see scripts/a11y.js) and never starts by itself.
 */
class AccessibilityToolbar extends Composite<Section> {

    private final DisplaySettings settings;
    private final Announcer announcer;
    private final Button smaller = new Button();
    private final Button larger = new Button();
    private final RadioButtonGroup<Contrast> contrast = new RadioButtonGroup<>();
    private final Button cursor = new Button();
    private final Button guide = new Button();
    private final RadioButtonGroup<SpeechRate> rate = new RadioButtonGroup<>();
    private final Button pauseOrResume = new Button();
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

        contrast.setLabel(getTranslation("toolbar.contrast"));
        contrast.setItems(Contrast.values());
        contrast.setItemLabelGenerator(c -> getTranslation("toolbar.contrast." + c.name().toLowerCase()));
        contrast.setValue(settings.current().contrast());
        contrast.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                settings.change(p -> p.withContrast(e.getValue()));
            }
        });

        cursor.setText(getTranslation("toolbar.cursor"));
        cursor.addClickListener(e -> settings.change(p -> p.withLargeCursor(!p.largeCursor())));
        guide.setText(getTranslation("toolbar.guide"));
        guide.addClickListener(e -> settings.change(p -> p.withReadingGuide(!p.readingGuide())));

        var readPage = new Button(getTranslation("toolbar.read.page"), e -> speak("page"));
        var readSelection = new Button(getTranslation("toolbar.read.selection"), e -> speak("selection"));
        pauseOrResume.setText(getTranslation("toolbar.read.pause"));
        pauseOrResume.addClickListener(e -> pauseOrResume());
        var stop = new Button(getTranslation("toolbar.read.stop"), e -> stopReading());
        rate.setLabel(getTranslation("toolbar.read.rate"));
        rate.setItems(SpeechRate.values());
        rate.setItemLabelGenerator(r -> getTranslation("toolbar.read.rate." + r.name().toLowerCase()));
        rate.setValue(settings.current().speechRate());
        rate.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                settings.change(p -> p.withSpeechRate(e.getValue()));
            }
        });

        var reset = new Button(getTranslation("toolbar.reset"), e -> reset());

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

    static void pressed(Button button, boolean on) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(on));
    }
}
