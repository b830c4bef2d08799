package cn.liaocheng.jobs.quota.ui;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.quota.EmployerUnit;
import cn.liaocheng.jobs.quota.EmployerUnits;
import cn.liaocheng.jobs.quota.QuotaReports;
import cn.liaocheng.jobs.quota.UnitStatus;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 用人单位 ({@code /employer}): a person with an ordinary account asks to represent a unit here and sees where the
 * request stands; once staff confirm it and the person signs in again, the unit and its yearly report.
 */
@Route(value = EmployerView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.EMPLOYER})
@Menu(order = 13, title = "quota.employer.heading") // listed for signed-in applicants and employers only
class EmployerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "employer";

    private final EmployerUnits units;
    private final QuotaReports reports;
    private final CurrentAccount current;
    private final Announcer announcer;
    private final Div content = new Div();

    EmployerView(EmployerUnits units, QuotaReports reports, CurrentAccount current, Announcer announcer) {
        this.units = units;
        this.reports = reports;
        this.current = current;
        this.announcer = announcer;
        addClassName("employer");
        add(new PageHeading(getTranslation("quota.employer.heading")),
                new Paragraph(getTranslation("quota.employer.intro")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        content.removeAll();
        var mine = units.mine();
        if (mine.isEmpty() || mine.get().status() == UnitStatus.REFUSED) {
            mine.ifPresent(refused -> content.add(notice("employer-refused",
                    getTranslation("quota.employer.refused", refused.name()))));
            content.add(new UnitRequestForm(units, this::requested));
            return;
        }
        var unit = mine.get();
        content.add(unitSummary(unit));
        if (unit.status() == UnitStatus.PENDING) {
            content.add(notice("employer-pending", getTranslation("quota.employer.pending",
                    unit.cityLevel() ? getTranslation("quota.employer.pending.city")
                            : QuotaTexts.county(unit.county()))));
            return;
        }
        boolean signedInAsEmployer = current.user().map(user -> user.role() == Role.EMPLOYER).orElse(false);
        if (!signedInAsEmployer) {
            // The session keeps the role it signed in with (decision 0016); the new role counts from the next sign-in.
            content.add(notice("employer-sign-in-again", getTranslation("quota.employer.sign-in-again")));
            return;
        }
        var report = new Anchor(QuotaReportView.ROUTE,
                getTranslation("quota.employer.report-link", String.valueOf(reports.currentYear())));
        report.setId("employer-report-link");
        content.add(new Paragraph(report));
    }

    private Div unitSummary(EmployerUnit unit) {
        var summary = new Div();
        summary.setId("employer-unit");
        summary.add(new H2(unit.name()),
                new Paragraph(getTranslation("quota.employer.unit-line", QuotaTexts.county(unit.county()),
                        getTranslation(unit.kind().messageKey()), unit.creditCode())),
                new Paragraph(getTranslation("quota.employer.status", getTranslation(unit.status().messageKey()))));
        return summary;
    }

    private Notice notice(String id, String text) {
        var notice = new Notice(text);
        notice.setId(id);
        return notice;
    }

    private void requested() {
        show();
        announcer.announce(getTranslation("quota.employer.requested"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("quota.employer.heading"));
    }
}
