package cn.liaocheng.jobs.easyread;

import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;

/**
 * The visible 易读版 switch: a toggle button ({@code aria-pressed}) that opens the same address with {@code easy=1}
 * added or removed, so every other parameter (a list's filters, the offer) stays, and the easy-read version can be
 * bookmarked or sent. Focus goes to the easy-read heading when it opens and stays on the switch when it closes; the
 * change is said through the page's live region. The browser's own button: the lists and offer pages that carry it
 * load none of Vaadin's button scripts (decision 0029).
 */
public class EasyReadSwitch extends NativeButton {

    public static final String PARAMETER = "easy";
    public static final String ID = "easy-read-switch";

    private final Announcer announcer;
    private boolean on;

    public EasyReadSwitch(Announcer announcer) {
        this.announcer = announcer;
        setId(ID);
        addClassNames("easy-read-switch", "lc-button");
        setText(getTranslation("easyread.switch"));
        addClickListener(e -> toggle());
        setOn(false);
    }

    /** Whether an address asks for the easy-read version: {@code easy=1}; anything else is the full version. */
    public static boolean isOn(QueryParameters parameters) {
        return parameters.getSingleParameter(PARAMETER).filter("1"::equals).isPresent();
    }

    /** The parameters with {@code easy=1} set or removed, the others as they were. */
    public static QueryParameters with(QueryParameters parameters, boolean on) {
        var values = new HashMap<String, List<String>>(parameters.getParameters());
        values.remove(PARAMETER);
        if (on) {
            values.put(PARAMETER, List.of("1"));
        }
        return new QueryParameters(values);
    }

    public void setOn(boolean on) {
        this.on = on;
        getElement().setAttribute("aria-pressed", Boolean.toString(on));
    }

    public boolean isOn() {
        return on;
    }

    private void toggle() {
        var ui = UI.getCurrent();
        var location = ui.getInternals().getActiveViewLocation();
        boolean next = !on;
        if (next) {
            MainLayout.focusAfterNextNavigation(ui, EasyReadPanel.HEADING_ID);
        } else {
            MainLayout.focusAfterNextNavigation(ui, ID);
        }
        ui.navigate(location.getPath(), with(location.getQueryParameters(), next));
        // After the navigation: the page may announce its own news (a list its count), and this is what just changed.
        announcer.announce(getTranslation(next ? "easyread.switch.opened" : "easyread.switch.closed"));
    }
}
