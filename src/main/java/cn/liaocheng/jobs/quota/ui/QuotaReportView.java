package cn.liaocheng.jobs.quota.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.quota.QuotaAssessment;
import cn.liaocheng.jobs.quota.QuotaReport;
import cn.liaocheng.jobs.quota.QuotaReports;
import cn.liaocheng.jobs.quota.QuotaReports.MyReport;
import cn.liaocheng.jobs.quota.QuotaRule;
import cn.liaocheng.jobs.quota.ReportFigures;
import cn.liaocheng.jobs.quota.ReportOutcome;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 年度按比例安排就业情况 ({@code /employer/report}), for a confirmed unit's representative: this year's figures as a draft,
 * then submitted once; after that the submitted figures and their assessment, and a correction as a new revision.
 */
@Route(value = QuotaReportView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.EMPLOYER)
class QuotaReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "employer/report";

    private final QuotaReports reports;
    private final Announcer announcer;
    private final Div status = new Div();
    private final Div content = new Div();
    final ErrorSummary errorSummary = new ErrorSummary();
    @Nullable QuotaReportForm form;
    private @Nullable Integer version;
    private @Nullable MyReport mine;

    QuotaReportView(QuotaReports reports, Announcer announcer) {
        this.reports = reports;
        this.announcer = announcer;
        addClassName("quota-report");
        status.setId("report-status");
        var back = new Anchor(EmployerView.ROUTE, getTranslation("quota.report.back"));
        back.setId("back-to-employer");
        add(new Paragraph(back), new PageHeading(heading()), status, errorSummary, content);
    }

    private String heading() {
        return getTranslation("quota.report.heading", String.valueOf(reports.currentYear()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A representative whose unit is no longer confirmed finds no report, as for any other address.
        mine = reports.mine(reports.currentYear()).orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        var current = mine;
        if (current == null) {
            return;
        }
        content.removeAll();
        form = null;
        if (current.draft().isPresent()) {
            edit(current.draft().get().figures(), current.draft().get().version());
        } else if (current.submitted().isPresent()) {
            showSubmitted(current.submitted().get());
        } else {
            edit(ReportFigures.empty(), null);
        }
    }

    private void edit(ReportFigures figures, @Nullable Integer draftVersion) {
        content.removeAll();
        version = draftVersion;
        var current = mine;
        if (current == null) {
            return;
        }
        var newForm = new QuotaReportForm(current.unit(), figures);
        form = newForm;
        var save = new Button(getTranslation("quota.report.save"), e -> send(false));
        save.setId("report-save");
        var submit = new Button(getTranslation("quota.report.submit"), e -> send(true));
        submit.setId("report-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(save, submit);
        buttons.addClassName("button-row");
        content.add(new Paragraph(getTranslation("quota.report.intro")), newForm,
                new Paragraph(getTranslation("quota.report.submit.hint")), buttons);
    }

    private void showSubmitted(QuotaReport report) {
        var current = mine;
        if (current == null) {
            return;
        }
        var unit = current.unit();
        QuotaAssessment assessment = QuotaRule.assess(unit.kind(), unit.cityLevel(), unit.schoolOrKindergarten(),
                report.authorisedPosts(), report.totalStaff() == null ? 0 : report.totalStaff(),
                report.disabledEmployees() == null ? 0 : report.disabledEmployees());
        var facts = new UnorderedList(
                new ListItem(getTranslation("quota.report.summary.staff", report.totalStaff())),
                new ListItem(getTranslation("quota.report.summary.disabled", report.disabledEmployees())),
                new ListItem(getTranslation("quota.report.summary.ratio", QuotaTexts.ratio(assessment))),
                new ListItem(getTranslation("quota.report.summary.status", QuotaTexts.status(assessment))),
                new ListItem(getTranslation("quota.report.summary.needed", QuotaTexts.stillNeeded(assessment))));
        facts.setId("report-summary");
        if (assessment.atLeastOneRule()) {
            facts.add(new ListItem(getTranslation("quota.report.summary.at-least-one")));
        }
        if (!report.posts().isEmpty()) {
            facts.add(new ListItem(getTranslation("quota.report.summary.posts", report.posts().size(),
                    getTranslation(report.postsStatus().messageKey()))));
        }
        var correct = new Button(getTranslation("quota.report.correct"), e -> {
            edit(report.figures(), null);
            if (form != null) {
                form.totalStaff.focus();
            }
        });
        correct.setId("report-correct");
        content.add(new H2(getTranslation("quota.report.submitted.heading", report.revision())), facts,
                new Paragraph(getTranslation("quota.report.correct.hint")), correct);
    }

    private void send(boolean submit) {
        var current = mine;
        var shown = form;
        if (current == null || shown == null) {
            return;
        }
        var typed = shown.typed();
        if (!typed.problems().isEmpty()) {
            // Letters in a number field: name them, with whatever else is wrong, and save nothing.
            Set<Object> named = typed.problems().stream().map(FieldError::field).collect(Collectors.toSet());
            var all = new ArrayList<>(typed.problems());
            shown.errors(QuotaReports.problems(current.unit(), typed.figures(), submit)).stream()
                    .filter(error -> !named.contains(error.field())).forEach(all::add);
            errorSummary.show(all);
            return;
        }
        var outcome = submit ? reports.submit(typed.figures(), version) : reports.saveDraft(typed.figures(), version);
        switch (outcome) {
            case ReportOutcome.Saved(var saved) -> {
                errorSummary.clear();
                mine = reports.mine(reports.currentYear()).orElseThrow(NotFoundException::new);
                String text = submit ? getTranslation("quota.report.submitted", String.valueOf(saved.year()))
                        : getTranslation("quota.report.saved");
                say(text);
                if (submit) {
                    show();
                } else {
                    version = saved.version();
                }
            }
            case ReportOutcome.Invalid(var problems) -> errorSummary.show(shown.errors(problems));
            case ReportOutcome.Conflict c -> {
                errorSummary.clear();
                mine = reports.mine(reports.currentYear()).orElseThrow(NotFoundException::new);
                show();
                say(getTranslation("quota.report.conflict"));
            }
        }
    }

    private void say(String text) {
        status.removeAll();
        status.add(new Notice(text));
        announcer.announce(text);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(heading());
    }

    /** For tests. */
    List<String> problems() {
        return errorSummary.messages();
    }
}
