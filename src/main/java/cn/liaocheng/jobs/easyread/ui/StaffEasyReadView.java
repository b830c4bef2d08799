package cn.liaocheng.jobs.easyread.ui;

import cn.liaocheng.jobs.accounts.Role;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 易读版文字 ({@code /staff/easy-read}), next to 项目管理: the easy-read text of every offer kind and action area, each
 * linking to its edit page. City administrators only, as the texts are the same for every county.
 */
@Route(value = StaffEasyReadView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class StaffEasyReadView extends Div implements HasDynamicTitle {

    static final String ROUTE = "staff/easy-read";

    StaffEasyReadView(EasyReadService easyRead) {
        addClassName("staff-easy-read");
        var list = new UnorderedList();
        for (var text : easyRead.all()) {
            var link = new Anchor(EditEasyReadView.url(text.topic()), text.in(getLocale()).heading());
            link.setId("easy-read-edit-" + text.topic());
            list.add(new ListItem(link));
        }
        add(new PageHeading(getTranslation("easyread.staff.heading")),
                new Paragraph(getTranslation("easyread.staff.intro")), list);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("easyread.staff.heading"));
    }
}
