package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.staff.StaffService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 工作台 ({@code /staff}): where staff land after signing in. Says who is signed in, in which role and county, and
 * links to what the role can do. Kept small: the review queue is built on top of it (issue 10).
 */
@Route(value = StaffHomeView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR, Role.Names.LOAN_OFFICER})
@Menu(order = 20, title = "staff.home.heading") // listed only for the staff who may open it
class StaffHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff";

    private final StaffService staff;
    /** Filled on entering, so that what is shown is the database's state, not the session's. */
    final UnorderedList tasks = new UnorderedList();

    StaffHomeView(StaffService staff) {
        this.staff = staff;
        addClassName("staff-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // No staff member now (switched off, or role changed since signing in): the 403 page.
        var me = staff.requireCurrent();
        removeAll();
        tasks.removeAll();
        var who = new Paragraph(getTranslation("staff.home.who", me.name(), StaffTexts.role(me.role())));
        who.setId("staff-who");
        var scope = new Paragraph(getTranslation("staff.home.scope." + me.role().name().toLowerCase(java.util.Locale.ROOT),
                StaffTexts.scope(me.role(), me.county())));
        scope.setId("staff-scope");
        if (me.role() != Role.LOAN_OFFICER) {
            // The review capability's queue (review.ui.QueueView); by route, since staff sits below review.
            tasks.add(task("staff/queue", "staff.home.task.queue", "staff-task-queue"));
            // profile.ui.ConsentInPersonView, by route like the queue.
            tasks.add(task("staff/helpers", "staff.home.task.helpers", "staff-task-helpers"));
            // nationalexport.ui.NationalExportView, by route like the queue.
            tasks.add(task("staff/export", "staff.home.task.export", "staff-task-export"));
            // monitoring.ui.StaffProgressView, by route: monitoring sits above staff.
            tasks.add(task("staff/progress", "staff.home.task.progress", "staff-task-progress"));
        }
        if (me.role() == Role.COUNTY_ADMINISTRATOR || me.isAdministrator()) {
            // annualreport.ui.ReportsView, by route like the queue.
            tasks.add(task("staff/reports", "staff.home.task.reports", "staff-task-reports"));
            // catalogue.ui.StaffOffersView, by route like the queue.
            tasks.add(task("staff/offers", "staff.home.task.offers", "staff-task-offers"));
            // quota.ui.StaffQuotaView, by route like the queue.
            tasks.add(task("staff/quota", "staff.home.task.quota", "staff-task-quota"));
        }
        if (me.isAdministrator()) {
            tasks.add(task(StaffAccountsView.ROUTE, "staff.home.task.accounts", "staff-task-accounts"));
        }
        if (me.role() == Role.CITY_ADMINISTRATOR) {
            // review.ui.AuditSearchView, by route like the queue.
            tasks.add(task("staff/audit", "staff.home.task.audit", "staff-task-audit"));
            // eligibility.ui.EligibilityRulesView, by route like the queue.
            tasks.add(task("staff/eligibility-rules", "staff.home.task.eligibility-rules", "staff-task-eligibility-rules"));
        }
        if (me.role() == Role.LOAN_OFFICER) {
            tasks.add(task("bank", "staff.home.task.bank", "staff-task-bank"));
        }
        tasks.add(task("account", "staff.home.task.account", "staff-task-account"));
        var heading = new H2(getTranslation("staff.home.tasks.heading"));
        heading.setId("staff-tasks-heading");
        var section = new Section(heading, tasks);
        section.getElement().setAttribute("aria-labelledby", "staff-tasks-heading");
        add(new PageHeading(getTranslation("staff.home.heading")), who, scope, section);
    }

    private static ListItem task(String route, String key, String id) {
        var link = new Anchor(route, "");
        link.setText(link.getTranslation(key));
        link.setId(id);
        return new ListItem(link);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("staff.home.heading"));
    }
}
