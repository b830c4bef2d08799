package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 行动方案 ({@code /plan}): the plan's 11 action areas in plain words, each linking to its own page. The areas' numbers
 * are the plan's own ((一)–(十一)), so that a person who read the plan finds the same one here.
 */
@Route(value = PlanView.ROUTE, layout = MainLayout.class)
@Menu(order = 8, title = "easyread.plan.heading")
@AnonymousAllowed
class PlanView extends Div implements HasDynamicTitle {

    static final String ROUTE = "plan";

    PlanView(EasyReadService easyRead) {
        addClassName("plan-view");
        var areas = new UnorderedList();
        areas.addClassName("plan-areas");
        for (var area : easyRead.areas()) {
            var link = new Anchor(PlanAreaView.url(area.number()),
                    PlanAreaView.numeral(this, area.number()) + area.title().in(getLocale()));
            link.setId("plan-area-" + area.number());
            areas.add(new ListItem(link));
        }
        add(new PageHeading(getTranslation("easyread.plan.heading")), new Paragraph(getTranslation("easyread.plan.intro")),
                areas, new Paragraph(getTranslation("easyread.plan.source")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("easyread.plan.heading"));
    }
}
