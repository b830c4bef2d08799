package cn.liaocheng.jobs.quota.ui;

import static cn.liaocheng.jobs.quota.ui.QuotaTexts.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.quota.DecisionOutcome;
import cn.liaocheng.jobs.quota.EmployerUnit;
import cn.liaocheng.jobs.quota.EmployerUnits;
import cn.liaocheng.jobs.quota.QuotaReports;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;

/**
 * 按比例就业 ({@code /staff/quota}), for county administrators (their county) and city administrators (every county
 * and the city-level units): requests to represent a unit, reserved posts waiting for approval, and the confirmed
 * units that have not reported this year. Everyone else finds no such page (decision 0015).
 */
@Route(value = StaffQuotaView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
@Menu(order = 21, title = "quota.staff.heading") // listed only for the administrators who may open it
class StaffQuotaView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/quota";

    private final EmployerUnits units;
    private final QuotaReports reports;
    private final Announcer announcer;
    private final Div status = new Div();
    private final Div content = new Div();

    StaffQuotaView(EmployerUnits units, QuotaReports reports, Announcer announcer) {
        this.units = units;
        this.reports = reports;
        this.announcer = announcer;
        addClassName("staff-quota");
        status.setId("staff-quota-status");
        var back = new Anchor("staff", t("staff.back-to-home"));
        back.setId("back-to-staff-home");
        var disclosure = new Anchor(DisclosureView.ROUTE, t("quota.staff.disclosure-link"));
        disclosure.setId("staff-quota-disclosure");
        add(new Paragraph(back), new PageHeading(t("quota.staff.heading")), status, new Paragraph(disclosure), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        content.removeAll();
        content.add(requests(), posts(), notReported());
    }

    private Section requests() {
        var section = section("staff-quota-requests", t("quota.staff.requests.heading"));
        var pending = units.pending();
        if (pending.isEmpty()) {
            section.add(new Paragraph(t("quota.staff.requests.none")));
            return section;
        }
        var table = new ReflowTable("staff-quota-request-table", t("quota.staff.requests.caption", pending.size()),
                List.of("unit", "code", "county", "kind", "representative", "decision"),
                column -> t("quota.staff.column." + column));
        pending.forEach(request -> {
            var unit = request.unit();
            long id = unit.requireId();
            int version = unit.version();
            var confirm = button("confirm-" + id, t("quota.staff.confirm", unit.name()), false,
                    () -> units.confirm(id, version), t("quota.staff.confirmed", unit.name()));
            var refuse = button("refuse-" + id, t("quota.staff.refuse", unit.name()), false,
                    () -> units.refuse(id, version), t("quota.staff.refused", unit.name()));
            table.addRow("unit", new Span(unit.name()))
                    .cell("code", new Span(unit.creditCode()))
                    .cell("county", new Span(QuotaTexts.county(unit.county())))
                    .cell("kind", new Span(kind(unit)))
                    .cell("representative", new Span(t("quota.staff.representative", request.representativeName(),
                            unit.representativePosition() == null ? "" : unit.representativePosition())))
                    .cell("decision", new Div(confirm, refuse));
        });
        section.add(table);
        return section;
    }

    private Section posts() {
        var section = section("staff-quota-posts", t("quota.staff.posts.heading"));
        var waiting = reports.postsAwaitingDecision();
        if (waiting.isEmpty()) {
            section.add(new Paragraph(t("quota.staff.posts.none")));
            return section;
        }
        waiting.forEach(item -> {
            var report = item.report();
            var unit = item.unit();
            long id = report.requireId();
            int version = report.version();
            var block = new Div();
            block.setId("staff-quota-report-" + id);
            block.addClassName("staff-quota-report");
            var list = new UnorderedList();
            report.posts().forEach(post -> list.add(new ListItem(t("quota.staff.post", post.title(), post.places(),
                    QuotaTexts.county(post.county()), post.requirements()))));
            var approve = button("approve-" + id, t("quota.staff.approve", unit.name()), false,
                    () -> reports.approvePosts(id, version), t("quota.staff.approved", unit.name()));
            var refuse = button("refuse-posts-" + id, t("quota.staff.refuse-posts", unit.name()), false,
                    () -> reports.refusePosts(id, version), t("quota.staff.refused-posts", unit.name()));
            block.add(new com.vaadin.flow.component.html.H3(t("quota.staff.posts.unit", unit.name(), String.valueOf(report.year()))),
                    new Paragraph(t("quota.staff.posts.contact", report.postsContact() == null ? ""
                            : report.postsContact())), list, new Div(approve, refuse));
            section.add(block);
        });
        return section;
    }

    private Section notReported() {
        var year = String.valueOf(reports.currentYear());
        var section = section("staff-quota-not-reported", t("quota.staff.not-reported.heading", year));
        var missing = units.notReported(reports.currentYear());
        if (missing.isEmpty()) {
            section.add(new Paragraph(t("quota.staff.not-reported.none", year)));
            return section;
        }
        var table = new ReflowTable("staff-quota-not-reported-table",
                t("quota.staff.not-reported.caption", year, missing.size()), List.of("unit", "county", "kind"),
                column -> t("quota.staff.column." + column));
        missing.forEach(unit -> table.addRow("unit", new Span(unit.name()))
                .cell("county", new Span(QuotaTexts.county(unit.county())))
                .cell("kind", new Span(kind(unit))));
        section.add(table);
        return section;
    }

    private static String kind(EmployerUnit unit) {
        return t(unit.kind().messageKey());
    }

    private Section section(String id, String heading) {
        var h2 = new H2(heading);
        h2.setId(id + "-heading");
        var section = new Section(h2);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    /**
     * A decision button whose text names the unit, so that a list of buttons read out of context still says which.
     * None is primary: a list of requests has no one next step.
     */
    private Button button(String id, String text, boolean primary, Supplier<DecisionOutcome> decide, String done) {
        var button = new Button(text, e -> {
            var outcome = decide.get();
            show();
            say(switch (outcome) {
                case DecisionOutcome.Done d -> done;
                case DecisionOutcome.Conflict c -> t("quota.staff.conflict");
                case DecisionOutcome.NotFound n -> t("quota.staff.gone");
                case DecisionOutcome.AccountUnavailable a -> t("quota.staff.account-unavailable");
            });
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.PRIMARY);
        }
        return button;
    }

    private void say(String text) {
        status.removeAll();
        status.add(new Notice(text));
        announcer.announce(text);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t("quota.staff.heading"));
    }

    /** For tests. */
    String statusText() {
        return status.getElement().getTextRecursively();
    }

    Component contentForTests() {
        return content;
    }
}
