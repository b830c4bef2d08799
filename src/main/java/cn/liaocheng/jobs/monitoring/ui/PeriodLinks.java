package cn.liaocheng.jobs.monitoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The periods as plain links, the chosen one marked {@code aria-current} and not a link. */
class PeriodLinks extends Composite<Nav> {

    PeriodLinks(String route, List<Period> choices, Period chosen) {
        var nav = getContent();
        nav.addClassName("progress-periods");
        nav.getElement().setAttribute("aria-label", getTranslation("monitoring.period.label"));
        var list = new UnorderedList();
        for (var period : choices) {
            var text = period.isWholePlan() ? getTranslation("monitoring.period.all")
                    : getTranslation("monitoring.period.year", period.key());
            if (period.key().equals(chosen.key())) {
                var current = new Span(text);
                current.getElement().setAttribute("aria-current", "page");
                list.add(new ListItem(current));
            } else {
                var link = new Anchor(route + "?period=" + period.key(), text);
                link.setId("period-" + period.key());
                list.add(new ListItem(link));
            }
        }
        nav.add(list);
    }
}
