package cn.liaocheng.jobs.easyread.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A section named by its h2 ({@code aria-labelledby}), so screen readers list it as a region with that name. */
class LabelledSection extends Section {

    LabelledSection(String id, String heading, Component... content) {
        var h2 = new H2(heading);
        h2.setId(id + "-heading");
        add(h2);
        add(content);
        setId(id);
        getElement().setAttribute("aria-labelledby", id + "-heading");
    }
}
