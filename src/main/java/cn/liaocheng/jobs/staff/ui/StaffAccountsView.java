package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 员工账户 ({@code /staff/accounts}), for city administrators: every staff account in a table, and a form for a new
 * one. The new member then sets their own password with a code sent to their phone.
 */
@Route(value = StaffAccountsView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class StaffAccountsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/accounts";

    private final StaffAccounts staffAccounts;
    private final Announcer announcer;
    private final Div status = new Div();
    private final Div tableHolder = new Div();

    StaffAccountsView(StaffAccounts staffAccounts, Announcer announcer) {
        this.staffAccounts = staffAccounts;
        this.announcer = announcer;
        addClassName("staff-accounts");
        status.setId("staff-accounts-status");
        tableHolder.addClassName("table-holder");
        var back = new Anchor(StaffHomeView.ROUTE, getTranslation("staff.back-to-home"));
        back.setId("back-to-staff-home");
        add(new Paragraph(back), new PageHeading(getTranslation("staff.accounts.heading")), status, tableHolder,
                new NewStaffForm(staffAccounts, this::created));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showTable();
    }

    private void showTable() {
        tableHolder.removeAll();
        tableHolder.add(new StaffTable(staffAccounts.list()));
    }

    private void created(String name, PhoneNumber phone) {
        var text = getTranslation("staff.accounts.created", name, phone.masked());
        status.removeAll();
        status.add(new Notice(text));
        announcer.announce(text);
        showTable();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("staff.accounts.heading"));
    }
}
