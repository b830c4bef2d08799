package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** The display preferences of one browser tab, and the one place that changes them. */
@SpringComponent
@UIScope
public class DisplaySettings {

    // Self-contained so it works before any portal script has loaded; the server decides the classes.
    private static final String APPLY_JS = """
            const html = document.documentElement;
            [...html.classList].filter(c => c.startsWith('lc-')).forEach(c => html.classList.remove(c));
            $0.split(' ').filter(c => c).forEach(c => html.classList.add(c));
            document.cookie = $1 + '=' + $2 + '; path=/; max-age=31536000; SameSite=Lax';
            """;

    private DisplayPreferences current;
    private final List<Consumer<DisplayPreferences>> listeners = new ArrayList<>();

    DisplaySettings() {
        current = fromRequest(VaadinRequest.getCurrent());
    }

    public DisplayPreferences current() {
        return current;
    }

    public boolean careMode() {
        return current.careMode();
    }

    public void change(UnaryOperator<DisplayPreferences> change) {
        var changed = change.apply(current);
        if (changed.equals(current)) {
            return;
        }
        current = changed;
        UI.getCurrent().getPage().executeJs(APPLY_JS, String.join(" ", current.htmlClasses()),
                DisplayPreferences.COOKIE, current.toCookieValue());
        listeners.forEach(listener -> listener.accept(current));
    }

    /** Views that lay out differently in care mode (fewer results per page) listen here. */
    public void onChange(Consumer<DisplayPreferences> listener) {
        listeners.add(listener);
    }

    static DisplayPreferences fromRequest(@Nullable VaadinRequest request) {
        return DisplayPreferences.fromCookieValue(Cookies.value(request, DisplayPreferences.COOKIE).orElse(null));
    }
}
