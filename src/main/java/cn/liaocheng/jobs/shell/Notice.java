package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.html.Paragraph;

/** A highlighted paragraph for something the person should not miss: sample data, ignored filters, a failed action. */
public class Notice extends Paragraph {

    public Notice(String text) {
        super(text);
        addClassName("notice");
    }
}
