package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/**
 * The page's one live region. It is in the page from the start, because screen readers ignore
 * live regions that appear together with their first message; status changes go through here
 * instead of Vaadin's Notification, which some screen readers miss.
 */
@SpringComponent
@UIScope
public class Announcer extends Div {

    private boolean alternate;
    private String message = "";

    Announcer() {
        setId("live-region");
        addClassName("sr-only");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    public void announce(String message) {
        // The same message twice is only read again if the text node changes.
        this.message = message;
        alternate = !alternate;
        setText(alternate ? message : message + "\u00a0");
    }

    /** The last message, without the trailing space used to repeat it. */
    public String message() {
        return message;
    }
}
