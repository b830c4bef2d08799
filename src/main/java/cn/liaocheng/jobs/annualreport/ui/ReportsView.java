package cn.liaocheng.jobs.annualreport.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.annualreport.AnnualReportService;
import cn.liaocheng.jobs.annualreport.ReportOverview;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import cn.liaocheng.jobs.staff.StaffService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 年度落实情况报告 ({@code /staff/reports}, {@code ?year=2025} for another year): for a county administrator their
 * county's report, for a city administrator which counties have submitted, which are late and which have not started,
 * with the city's report.
 */
@Route(value = ReportsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class ReportsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/reports";

    private final AnnualReportService reports;
    private final StaffService staff;
    ReflowTable table;

    ReportsView(AnnualReportService reports, StaffService staff) {
        this.reports = reports;
        this.staff = staff;
        addClassName("annual-reports");
    }

    static String route(int year) {
        return ROUTE + "?year=" + year;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = staff.requireCurrent();
        var years = reports.years();
        int year = event.getLocation().getQueryParameters().getSingleParameter("year").map(ReportsView::parse)
                .orElse(years.getFirst());
        if (!years.contains(year)) {
            throw new NotFoundException();
        }
        var overview = reports.overview(year);
        removeAll();
        var deadline = new Paragraph(getTranslation("annualreport.overview.deadline", year,
                ReportTexts.deadline(this, overview.deadline())));
        deadline.setId("report-deadline");
        add(new PageHeading(getTranslation("annualreport.overview.heading")),
                new Paragraph(getTranslation("annualreport.overview.intro")), deadline);
        if (me.isAdministrator()) {
            var submitted = overview.rows().stream().filter(r -> r.latestVersion() > 0).count();
            var summary = new Paragraph(getTranslation("annualreport.overview.summary", submitted,
                    overview.rows().size()));
            summary.setId("report-summary");
            add(summary);
        }
        table = table(overview);
        add(table);
        if (me.isAdministrator()) {
            var city = new Anchor(CityReportView.route(year), getTranslation("annualreport.overview.city-link", year));
            city.setId("city-report-link");
            add(new Paragraph(city));
        }
        add(otherYears(years, year));
    }

    private ReflowTable table(ReportOverview overview) {
        var table = new ReflowTable("annual-reports-table",
                getTranslation("annualreport.overview.caption", overview.year()),
                List.of("county", "status", "submitted"), column -> getTranslation("annualreport.column." + column));
        for (var row : overview.rows()) {
            var link = new Anchor(ReportView.route(row.county(), overview.year()),
                    getTranslation(row.county().messageKey()));
            link.setId("report-" + row.county().slug());
            var status = getTranslation(row.status().messageKey());
            if (row.late()) {
                status += " · " + getTranslation("annualreport.late");
            }
            table.addRow("county", link).cell("status", new Span(status))
                    .cell("submitted", new Span(row.submittedAt() == null ? getTranslation("annualreport.none")
                            : getTranslation("annualreport.overview.version", row.latestVersion(),
                                    ReportTexts.date(this, row.submittedAt()))));
        }
        return table;
    }

    private Section otherYears(List<Integer> years, int shown) {
        var heading = new H2(getTranslation("annualreport.overview.years"));
        heading.setId("report-years-heading");
        var list = new UnorderedList();
        years.stream().filter(y -> y != shown).forEach(y -> list.add(new ListItem(
                new Anchor(route(y), getTranslation("annualreport.overview.year", y)))));
        var section = new Section(heading, list);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private static Integer parse(String year) {
        return year.matches("[0-9]{4}") ? Integer.parseInt(year) : -1;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("annualreport.overview.heading"));
    }
}
