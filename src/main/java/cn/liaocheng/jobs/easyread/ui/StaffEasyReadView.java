package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.easyread.EasyReadService;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 易读版文字 ({@code /staff/easy-read}), next to 项目管理: the easy-read text of every list, offer kind and action area,
 * and the 11 action areas' own pages (title, summary, lead departments), each linking to its edit page. The links are
 * big targets (a whole line, 44 px high, 60 px in care mode). City administrators only, as the texts are city-wide.
 */
@Route(value = StaffEasyReadView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class StaffEasyReadView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/easy-read";

    StaffEasyReadView(EasyReadService easyRead) {
        addClassName("staff-easy-read");
        var texts = links();
        for (var text : easyRead.all()) {
            texts.add(new ListItem(link("easy-read-edit-" + text.topic(), EditEasyReadView.url(text.topic()),
                    text.in(getLocale()).heading())));
        }
        var areas = links();
        for (var area : easyRead.areas()) {
            areas.add(new ListItem(link("plan-area-edit-" + area.number(), EditPlanAreaView.url(area.number()),
                    PlanAreaView.numeral(this, area.number()) + area.title().in(getLocale()))));
        }
        add(new PageHeading(getTranslation("easyread.staff.heading")),
                new Paragraph(getTranslation("easyread.staff.intro")),
                section("staff-easy-read-texts", "easyread.staff.texts", texts),
                section("staff-plan-areas", "easyread.staff.areas", new Paragraph(getTranslation("easyread.staff.areas.intro")),
                        areas));
    }

    private static UnorderedList links() {
        var list = new UnorderedList();
        list.addClassName("staff-easy-read-links");
        return list;
    }

    private static Anchor link(String id, String href, String text) {
        var link = new Anchor(href, text);
        link.setId(id);
        link.addClassName("staff-easy-read-link");
        return link;
    }

    private Section section(String id, String headingKey, Component... content) {
        return new LabelledSection(id, getTranslation(headingKey), content);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("easyread.staff.heading"));
    }
}
