package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.EasyReadSwitch;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 行动方案 ({@code /plan}): the plan's 11 action areas in plain words, each linking to its own page. The areas' numbers
 * are the plan's own ((一)–(十一)), so that a person who read the plan finds the same one here. Coming back from an
 * area in 易读版 ({@code /plan?easy=1}), the areas open in easy read again.
 */
@Route(value = PlanView.ROUTE, layout = MainLayout.class)
@Menu(order = 8, title = "easyread.plan.heading")
@AnonymousAllowed
class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "plan";

    private final EasyReadService easyRead;

    PlanView(EasyReadService easyRead) {
        this.easyRead = easyRead;
        addClassName("plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean easy = EasyReadSwitch.isOn(event.getLocation().getQueryParameters());
        var areas = new UnorderedList();
        areas.addClassName("plan-areas");
        for (var area : easyRead.areas()) {
            var link = new Anchor(PlanAreaView.url(area.number(), easy),
                    PlanAreaView.numeral(this, area.number()) + area.title().in(getLocale()));
            link.setId("plan-area-" + area.number());
            areas.add(new ListItem(link));
        }
        removeAll();
        add(new PageHeading(getTranslation("easyread.plan.heading")), new Paragraph(getTranslation("easyread.plan.intro")),
                areas, new Paragraph(getTranslation("easyread.plan.source")));
    }

    /** The plan's page, keeping the easy-read version of the area the person comes from. */
    static String url(boolean easyRead) {
        return easyRead ? ROUTE + "?" + EasyReadSwitch.PARAMETER + "=1" : ROUTE;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("easyread.plan.heading"));
    }
}
