package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.shell.Announcer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;

/**
 * The warning before an idle session ends (WCAG 2.2.1 Timing Adjustable). A native {@code <dialog>} opened with
 * {@code showModal()}: the browser gives it the dialog role, keeps focus inside and announces its heading and text.
 * It opens in the browser without asking the server, because any request to the server would itself count as
 * activity and keep the session alive for ever; that is also why this is not Vaadin's Dialog, whose opening is
 * reported to the server. One key press on the focused "继续使用" button (or Escape) is a round trip that extends
 * the session. Every other round trip resets the browser's timer too.
 */
@Tag("dialog")
class IdleWarning extends Component implements HasComponents {

    static final String ID = "idle-warning";

    private final Announcer announcer;
    private final Duration idleTimeout;

    IdleWarning(SessionTimeoutSettings settings, long remainingMillis, Announcer announcer) {
        this.announcer = announcer;
        this.idleTimeout = settings.idleTimeout();
        setId(ID);
        addClassName("idle-warning");
        var heading = new H2(getTranslation("account.idle.heading"));
        heading.setId("idle-warning-heading");
        var text = new Paragraph(getTranslation("account.idle.text", minutes(settings.warningBefore())));
        text.setId("idle-warning-text");
        // The browser's own button: every signed-in page has this dialog, and it must not load Vaadin's button for it.
        var stay = new NativeButton(getTranslation("account.idle.stay"), e -> extended());
        stay.setId("idle-stay");
        stay.addClassNames("lc-button", "lc-button-primary");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        getElement().setAttribute("aria-describedby", text.getId().orElseThrow());
        getElement().setAttribute("data-timeout-ms", Long.toString(settings.idleTimeout().toMillis()));
        getElement().setAttribute("data-warn-ms", Long.toString(settings.warningBefore().toMillis()));
        // Escape closes a native dialog with a "cancel" event; treat it like the button, so no key leaves the
        // person without the extension they probably wanted.
        getElement().addEventListener("cancel", e -> extended());
        add(heading, text, stay);
        addAttachListener(e -> getElement().executeJs(SCRIPT, remainingMillis));
    }

    private static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }

    /** The click itself was the server round trip that extended the session; close and say so. */
    void extended() {
        getElement().executeJs("if (this.open) { this.close(); }");
        announcer.announce(getTranslation("account.idle.extended", minutes(idleTimeout)));
    }

    // $0: milliseconds left of this session now. Vaadin's connection state goes loading -> connected around every
    // request the page makes (heartbeats excluded), and each of those is activity that restarts the server's clock.
    private static final String SCRIPT = """
            const dialog = this;
            const timeout = Number(dialog.dataset.timeoutMs);
            const warn = Number(dialog.dataset.warnMs);
            dialog.lcSchedule = (left) => {
              clearTimeout(dialog.lcTimer);
              dialog.lcTimer = setTimeout(() => {
                if (!dialog.isConnected) {
                  return;
                }
                if (!dialog.open) {
                  dialog.showModal();
                }
                const stay = dialog.querySelector('#idle-stay');
                if (stay) { stay.focus(); }
              }, Math.max(0, left - warn));
            };
            dialog.lcSchedule($0);
            const state = window.Vaadin && window.Vaadin.connectionState;
            if (!dialog.lcListening && state && state.addStateChangeListener) {
              dialog.lcListening = true;
              state.addStateChangeListener((previous, current) => {
                if (previous === 'loading' && current === 'connected' && dialog.isConnected) {
                  dialog.lcSchedule(timeout);
                }
              });
            }
            """;
}
