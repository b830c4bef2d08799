package cn.liaocheng.jobs.annualreport.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.annualreport.AnnualReportService;
import cn.liaocheng.jobs.annualreport.CityReport;
import cn.liaocheng.jobs.annualreport.ReportDocuments;
import cn.liaocheng.jobs.annualreport.ReportSection;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The city's report of one year ({@code /staff/reports/2026/city}), for city administrators: the city's totals from
 * the portal, where each county stands, and every county's latest submitted version, to print or download.
 */
@Route(value = CityReportView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class CityReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/reports/:year([0-9]{4})/city";

    private final AnnualReportService reports;
    private final ReportDocuments documents;
    private @Nullable Integer year;

    CityReportView(AnnualReportService reports, ReportDocuments documents) {
        this.reports = reports;
        this.documents = documents;
        addClassName("annual-report");
    }

    static String route(int year) {
        return "staff/reports/" + year + "/city";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = event.getRouteParameters().getInteger("year").orElseThrow(NotFoundException::new);
        var report = reports.cityReport(year).orElseThrow(NotFoundException::new);
        removeAll();
        var back = new Anchor(ReportsView.route(year), getTranslation("annualreport.back"));
        back.addClassName("back-link");
        add(new Paragraph(back), new PageHeading(getTranslation("annualreport.city.heading", year)));
        var language = getLocale();
        var download = new Anchor((DownloadHandler) e -> send(e, report.year(), language),
                getTranslation("annualreport.city.download"));
        download.setId("city-report-download");
        var print = new Button(getTranslation("annualreport.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("report-print");
        var tools = new Div(new Paragraph(download), print);
        tools.addClassName("no-print");
        add(tools);
        var totals = section("city-totals-heading", getTranslation("annualreport.figures.heading",
                ReportTexts.date(this, report.figuresAsOf())));
        totals.add(ReportTexts.figures(this, "city-figures", getTranslation("annualreport.city.totals.caption"),
                report.totals()));
        add(totals, counties(report));
        for (var part : report.counties()) {
            var section = section("city-county-" + part.county().slug(), getTranslation(part.county().messageKey()));
            part.version().ifPresentOrElse(v -> {
                section.add(new Paragraph(getTranslation("annualreport.version.by",
                        ReportTexts.date(this, v.submittedAt()), v.submittedBy())
                        + (v.late() ? " · " + getTranslation("annualreport.late") : "")));
                section.add(ReportTexts.figures(this, "city-figures-" + part.county().slug(),
                        getTranslation("annualreport.figures.heading", ReportTexts.date(this, v.figuresAsOf())),
                        v.figures()));
                for (var s : ReportSection.values()) {
                    section.add(new H3(getTranslation(s.messageKey())));
                    for (var line : v.sections().text(s).split("\\R+")) {
                        section.add(new Paragraph(line));
                    }
                }
            }, () -> section.add(new Paragraph(getTranslation("annualreport.city.not-submitted"))));
            add(section);
        }
    }

    private Section counties(CityReport report) {
        var section = section("city-counties-heading", getTranslation("annualreport.city.counties.heading"));
        var table = new ReflowTable("city-counties", getTranslation("annualreport.city.counties.heading"),
                List.of("county", "status", "submitted"), c -> getTranslation("annualreport.column." + c));
        for (var part : report.counties()) {
            table.addRow("county", new Span(getTranslation(part.county().messageKey())))
                    .cell("status", new Span(part.version().map(v -> getTranslation("annualreport.document.version",
                            v.number()) + (v.late() ? " · " + getTranslation("annualreport.late") : ""))
                            .orElse(getTranslation("annualreport.city.not-submitted"))))
                    .cell("submitted", new Span(part.version().map(v -> ReportTexts.date(this, v.submittedAt()))
                            .orElse(getTranslation("annualreport.none"))));
        }
        section.add(table);
        return section;
    }

    private static Section section(String id, String title) {
        var heading = new H2(title);
        heading.setId(id);
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    private void send(DownloadEvent event, int shownYear, Locale language) throws IOException {
        var report = reports.cityReport(shownYear);
        if (report.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.setFileName(ReportDocuments.cityFileName(shownYear));
        event.setContentType(ReportDocuments.CONTENT_TYPE);
        try (var out = event.getOutputStream()) {
            documents.write(report.get(), language, out);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(year == null ? getTranslation("annualreport.overview.heading")
                : getTranslation("annualreport.city.heading", year));
    }
}
