package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.UI;

/** Page titles say the page first and the portal second, so that tabs and screen readers lead with what differs. */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(String page) {
        return page + " - " + UI.getCurrent().getTranslation("app.name");
    }
}
