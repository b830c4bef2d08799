package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.H1;

/** A page's one {@code h1}. Focusable by script only, so that focus can be moved to it after navigation. */
public class PageHeading extends H1 {

    public static final String ID = "page-heading";

    public PageHeading(String text) {
        super(text);
        setId(ID);
        getElement().setAttribute("tabindex", "-1");
    }
}
