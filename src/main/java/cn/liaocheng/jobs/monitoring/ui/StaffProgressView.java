package cn.liaocheng.jobs.monitoring.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.monitoring.PlanFigures;
import cn.liaocheng.jobs.monitoring.ProgressService;
import cn.liaocheng.jobs.shared.County;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 计划进展 in the staff workspace: a caseworker or county administrator sees their county beside the city's total, a
 * city administrator every county; administrators reach the employment-rate denominators from here.
 */
@Route(value = StaffProgressView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class StaffProgressView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/progress";

    private final ProgressService progress;
    private final StaffService staff;

    StaffProgressView(ProgressService progress, StaffService staff) {
        this.progress = progress;
        this.staff = staff;
        addClassName("plan-progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = staff.requireCurrent();
        var today = progress.today();
        var period = Period.chosen(event.getLocation().getQueryParameters().getSingleParameter("period"),
                progress.planStart(), today);
        var monthlyScope = me.county() == null ? County.CITYWIDE : me.county();
        var page = progress.page(monthlyScope, period.from(), period.to());
        List<PlanFigures> all = page.scopes();
        removeAll();
        var asOf = new Paragraph(getTranslation("monitoring.as-of", period.from().toString(), period.to().toString()));
        asOf.setId("progress-as-of");
        add(new PageHeading(getTranslation("monitoring.staff.heading")),
                new Paragraph(getTranslation("monitoring.staff.intro")),
                new PeriodLinks(ROUTE, Period.choices(progress.planStart(), today), period), asOf,
                // Other counties' rows never reach a county's staff: the city's total is what they compare with.
                new ProgressReport(page, me::mayWorkIn, "staff-progress-" + period.key()));
        var administered = all.stream().map(PlanFigures::scope)
                .filter(c -> c != County.CITYWIDE && me.mayAdministerCounty(c)).toList();
        if (!administered.isEmpty()) {
            add(bases(administered));
        }
    }

    private Section bases(List<County> counties) {
        var heading = new H2(getTranslation("monitoring.base.heading"));
        heading.setId("progress-bases-edit-heading");
        var list = new UnorderedList();
        for (var county : counties) {
            var link = new Anchor(EmploymentBaseView.ROUTE_PREFIX + county.slug(),
                    getTranslation("monitoring.base.edit", getTranslation(county.messageKey())));
            link.setId("edit-base-" + county.slug());
            list.add(new ListItem(link));
        }
        var section = new Section(heading, new Paragraph(getTranslation("monitoring.base.intro")), list);
        section.setId("progress-bases-edit");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("monitoring.staff.heading"));
    }
}
