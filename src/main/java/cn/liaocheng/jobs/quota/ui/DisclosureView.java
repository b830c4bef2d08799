package cn.liaocheng.jobs.quota.ui;

import static cn.liaocheng.jobs.quota.ui.QuotaTexts.t;

import cn.liaocheng.jobs.quota.DisclosedUnit;
import cn.liaocheng.jobs.quota.QuotaReports;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * 按比例就业公示 ({@code /disclosure?year=2026}), for everyone: each unit that reported for the year, its staff in
 * post, ratio, status (达标 / 未达标) and how many disabled employees it still needs. No person's name or number: the
 * units report counts only, and the representative is not named.
 */
@Route(value = DisclosureView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
@Menu(order = 7, title = "quota.disclosure.menu")
class DisclosureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "disclosure";
    static final int FIRST_YEAR = 2023; // the plan's year

    private final QuotaReports reports;
    private int year;

    DisclosureView(QuotaReports reports) {
        this.reports = reports;
        addClassName("quota-disclosure");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int thisYear = reports.currentYear();
        var asked = event.getLocation().getQueryParameters().getSingleParameter("year");
        if (asked.isPresent()) {
            // Only a year the plan could have a report for; anything else is an address that does not exist.
            if (!asked.get().matches("\\d{4}")) {
                throw new NotFoundException();
            }
            year = Integer.parseInt(asked.get());
            if (year < FIRST_YEAR || year > thisYear) {
                throw new NotFoundException();
            }
        } else {
            year = thisYear;
        }
        removeAll();
        var units = reports.disclosure(year);
        add(new PageHeading(heading()), new Paragraph(t("quota.disclosure.intro")), years(thisYear));
        if (units.isEmpty()) {
            var none = new Paragraph(t("quota.disclosure.none", String.valueOf(year)));
            none.setId("disclosure-none");
            add(none);
            return;
        }
        long meeting = units.stream().filter(u -> u.assessment().meets()).count();
        var summary = new Paragraph(t("quota.disclosure.summary", units.size(), meeting, units.size() - meeting));
        summary.setId("disclosure-summary");
        add(summary, table(units), new Paragraph(t("quota.disclosure.rule")));
    }

    private Nav years(int thisYear) {
        var nav = new Nav();
        nav.setId("disclosure-years");
        nav.getElement().setAttribute("aria-label", t("quota.disclosure.years"));
        for (int y = thisYear; y >= FIRST_YEAR; y--) {
            var link = new Anchor(ROUTE + "?year=" + y, t("quota.disclosure.year", String.valueOf(y)));
            link.setId("disclosure-year-" + y);
            if (y == year) {
                link.getElement().setAttribute("aria-current", "page");
            }
            nav.add(link, new Span(" "));
        }
        return nav;
    }

    private ReflowTable table(List<DisclosedUnit> units) {
        var table = new ReflowTable("disclosure-table", t("quota.disclosure.caption", String.valueOf(year), units.size()),
                List.of("unit", "county", "kind", "staff", "ratio", "status", "needed", "places"),
                column -> t("quota.disclosure.column." + column));
        units.forEach(unit -> table.addRow("unit", new Span(unit.sample()
                        ? t("quota.disclosure.sample", unit.unitName()) : unit.unitName()))
                .cell("county", new Span(QuotaTexts.county(unit.county())))
                .cell("kind", new Span(t(unit.kind().messageKey())))
                .cell("staff", new Span(Integer.toString(unit.totalStaff())))
                .cell("ratio", new Span(QuotaTexts.ratio(unit.assessment())))
                .cell("status", new Span(QuotaTexts.status(unit.assessment())))
                .cell("needed", new Span(QuotaTexts.stillNeeded(unit.assessment())))
                .cell("places", new Span(Integer.toString(unit.reservedPlaces())))
                .addClassName(unit.assessment().meets() ? "quota-meets" : "quota-below"));
        return table;
    }

    private String heading() {
        return t("quota.disclosure.heading", String.valueOf(year));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(heading());
    }
}
