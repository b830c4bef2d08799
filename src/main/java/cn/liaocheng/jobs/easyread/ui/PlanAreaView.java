package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.easyread.EasyReadPanel;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.EasyReadSwitch;
import cn.liaocheng.jobs.easyread.PlanArea;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * One action area ({@code /plan/6}): what the plan says, summarised, its 牵头单位, and the catalogue lists where its
 * offers are; with the 易读版 switch ({@code /plan/6?easy=1}). Numbers outside 1–11 are the not-found page.
 */
@Route(value = PlanAreaView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class PlanAreaView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "plan/:number([0-9]{1,2})";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"};

    private final EasyReadService easyRead;
    private final EasyReadSwitch easySwitch;
    private final EasyReadPanel easyPanel = new EasyReadPanel();
    private String title = "";

    PlanAreaView(EasyReadService easyRead, Announcer announcer) {
        this.easyRead = easyRead;
        this.easySwitch = new EasyReadSwitch(announcer);
        addClassName("plan-area-view");
    }

    static String url(int number) {
        return PlanView.ROUTE + "/" + number;
    }

    static String url(int number, boolean easyRead) {
        return easyRead ? url(number) + "?" + EasyReadSwitch.PARAMETER + "=1" : url(number);
    }

    /** The plan's own numbering, （六） in Chinese and (6) in English. */
    static String numeral(Component from, int number) {
        return from.getTranslation("easyread.plan.numeral", NUMERALS[number - 1], number);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var area = event.getRouteParameters().getInteger("number").flatMap(easyRead::area);
        if (area.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        boolean easy = EasyReadSwitch.isOn(event.getLocation().getQueryParameters());
        show(area.get(), easy);
    }

    private void show(PlanArea area, boolean easy) {
        removeAll();
        var locale = getLocale();
        var heading = numeral(this, area.number()) + area.title().in(locale);
        title = easy ? heading + " · " + getTranslation("easyread.switch") : heading;
        easySwitch.setOn(easy);
        easyPanel.show(easy ? easyRead.find(area.topic()) : Optional.empty());
        var back = new Anchor(PlanView.url(easy), getTranslation("easyread.plan.back"));
        back.addClassName("back-link");
        var lists = new UnorderedList();
        for (var list : area.relatedLists()) {
            var link = new Anchor(easy ? list + "?" + EasyReadSwitch.PARAMETER + "=1" : list,
                    getTranslation("easyread.list." + list));
            link.setId("plan-related-" + list);
            lists.add(new ListItem(link));
        }
        add(back, new PageHeading(heading), easySwitch, easyPanel,
                section("plan-summary", "easyread.plan.summary", new Paragraph(area.summary().in(locale)),
                        new Paragraph(getTranslation("easyread.plan.article", numeral(this, area.number())))),
                section("plan-lead", "easyread.plan.lead", new Paragraph(area.leadDepartments().in(locale)),
                        new Paragraph(getTranslation("easyread.plan.lead.meaning"))),
                section("plan-related", "easyread.plan.related", lists));
    }

    private Section section(String id, String headingKey, Component... content) {
        return new LabelledSection(id, getTranslation(headingKey), content);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
