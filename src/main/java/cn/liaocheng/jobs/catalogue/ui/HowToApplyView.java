package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 如何申请: how to apply today, in person, until the online forms exist; and how a family member or
 * village disability worker can help.
 */
@Route(value = HowToApplyView.ROUTE, layout = MainLayout.class)
@Menu(order = 5, title = "apply.heading")
@AnonymousAllowed
class HowToApplyView extends Div implements HasDynamicTitle {

    static final String ROUTE = "how-to-apply";

    HowToApplyView() {
        addClassName("how-to-apply");
        var steps = new OrderedList();
        steps.addClassName("steps");
        for (int step = 1; step <= 4; step++) {
            steps.add(new ListItem(new H2(getTranslation("apply.step." + step + ".heading")),
                    new Paragraph(getTranslation("apply.step." + step + ".text"))));
        }
        var helpers = new Section(new H2(getTranslation("apply.helpers.heading")),
                new Paragraph(getTranslation("apply.helpers.text")));
        var online = new Section(new H2(getTranslation("apply.online.heading")),
                new Paragraph(getTranslation("apply.online.text")));
        add(new PageHeading(getTranslation("apply.heading")), new Paragraph(getTranslation("apply.intro")), steps, helpers, online);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("apply.heading"));
    }
}
