package cn.liaocheng.jobs.annualreport.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.annualreport.AnnualReport;
import cn.liaocheng.jobs.annualreport.AnnualReportService;
import cn.liaocheng.jobs.annualreport.ReportDocuments;
import cn.liaocheng.jobs.annualreport.ReportOutcome;
import cn.liaocheng.jobs.annualreport.ReportSection;
import cn.liaocheng.jobs.annualreport.ReportSections;
import cn.liaocheng.jobs.annualreport.SubmittedVersion;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One county's report of one year ({@code /staff/reports/shenxian/2026}). The county's administrator writes the three
 * sections (saved as a draft while typing and with 保存草稿) and submits them to the city; a city administrator reads
 * it, downloads it, and sends it back with 请修改. Any other county, a year without a report, and every other role
 * get the not-found page.
 */
@Route(value = ReportView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class ReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/reports/:county([a-z-]{2,20})/:year([0-9]{4})";
    /** Saves while typing after this pause, as application forms do, so a session timing out loses little. */
    static final int SAVE_WHILE_TYPING_MS = 5_000;

    private final AnnualReportService reports;
    private final ReportDocuments documents;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    final Map<ReportSection, TextArea> sections = new EnumMap<>(ReportSection.class);
    final TextArea changesMessage = new TextArea();
    final Paragraph draftStatus = new Paragraph();
    final Div conflict = new Div();
    private @Nullable AnnualReport report;
    private int version;
    private ReportSections lastSaved = ReportSections.EMPTY;

    ReportView(AnnualReportService reports, ReportDocuments documents, Announcer announcer) {
        this.reports = reports;
        this.documents = documents;
        this.announcer = announcer;
        addClassName("annual-report");
    }

    static String route(County county, int year) {
        return "staff/reports/" + county.slug() + "/" + year;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var county = event.getRouteParameters().get("county").flatMap(County::fromSlug);
        var year = event.getRouteParameters().getInteger("year");
        if (county.isEmpty() || year.isEmpty()) {
            throw new NotFoundException();
        }
        show(reports.open(county.get(), year.get()).orElseThrow(NotFoundException::new), null);
    }

    private void show(AnnualReport shown, @Nullable Component notice) {
        report = shown;
        version = shown.version();
        lastSaved = shown.draft();
        removeAll();
        sections.clear();
        conflict.removeAll();
        conflict.setVisible(false);
        var back = new Anchor(ReportsView.route(shown.year()), getTranslation("annualreport.back"));
        back.addClassName("back-link");
        add(new Paragraph(back), new PageHeading(heading(shown)));
        if (notice != null) {
            add(notice);
        }
        add(status(shown));
        if (shown.changesRequested() != null) {
            var asked = new Notice(getTranslation("annualreport.changes.asked", shown.changesRequested()));
            asked.setId("report-changes-requested");
            add(asked);
        }
        add(errorSummary, conflict);
        if (shown.mayWrite()) {
            add(figures(shown.figuresAsOf(), shown.figures(), "report-figures"),
                    new Paragraph(getTranslation("annualreport.figures.frozen")), form(shown));
        } else if (shown.latest().isPresent()) {
            add(submitted(shown.latest().get()));
        } else {
            add(figures(shown.figuresAsOf(), shown.figures(), "report-figures"),
                    new Paragraph(getTranslation("annualreport.not-submitted")));
        }
        if (shown.mayRequestChanges()) {
            add(requestChanges());
        }
        if (!shown.versions().isEmpty()) {
            add(versions(shown));
        }
    }

    private String heading(AnnualReport shown) {
        return getTranslation("annualreport.heading", getTranslation(shown.county().messageKey()), shown.year());
    }

    private Paragraph status(AnnualReport shown) {
        var text = getTranslation("annualreport.status.label", getTranslation(shown.status().messageKey()));
        if (shown.status() != cn.liaocheng.jobs.annualreport.ReportStatus.SUBMITTED) {
            text += ReportTexts.deadline(this, shown.deadline());
        } else {
            text += getTranslation("annualreport.deadline.was", ReportTexts.date(this, shown.deadline().deadline()));
        }
        var status = new Paragraph(text);
        status.setId("report-status");
        status.addClassName("report-status");
        status.getElement().setAttribute("tabindex", "-1");
        return status;
    }

    private Section figures(java.time.LocalDate asOf, List<cn.liaocheng.jobs.annualreport.ReportFigure> figures,
            String id) {
        var heading = new H2(getTranslation("annualreport.figures.heading", ReportTexts.date(this, asOf)));
        heading.setId(id + "-heading");
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (figures.isEmpty()) {
            section.add(new Paragraph(getTranslation("annualreport.figures.none")));
        } else {
            section.add(ReportTexts.figures(this, id, getTranslation("annualreport.figures.caption"), figures));
        }
        return section;
    }

    private Section form(AnnualReport shown) {
        var heading = new H2(getTranslation("annualreport.form.heading"));
        heading.setId("report-form-heading");
        var form = new Section(heading);
        form.addClassName("report-form");
        form.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        for (var section : ReportSection.values()) {
            var area = new TextArea(getTranslation(section.messageKey()));
            area.setId("report-" + section.name().toLowerCase(java.util.Locale.ROOT));
            area.setHelperText(getTranslation(section.messageKey() + ".hint", ReportSection.MAX_LENGTH));
            area.setMaxLength(ReportSection.MAX_LENGTH);
            area.setWidthFull();
            area.setMinRows(6);
            area.setValue(shown.draft().text(section));
            area.setValueChangeMode(ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(SAVE_WHILE_TYPING_MS);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    autosave();
                }
            });
            sections.put(section, area);
            form.add(area);
        }
        var submit = new Button(getTranslation("annualreport.submit"), e -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("report-submit");
        var save = new Button(getTranslation("annualreport.save"), e -> {
            if (save()) {
                announcer.announce(draftStatus.getText());
            }
        });
        save.setId("report-save");
        var actions = new Div(submit, save);
        actions.addClassName("form-actions");
        draftStatus.setId("report-draft-status");
        draftStatus.setText(shown.draftSavedAt() == null ? getTranslation("annualreport.draft.autosave")
                : getTranslation("annualreport.draft.saved-at", ReportTexts.date(this, shown.draftSavedAt()),
                        java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                .format(shown.draftSavedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")))));
        form.add(new Paragraph(getTranslation("annualreport.submit.intro")), actions, draftStatus);
        return form;
    }

    private ReportSections typed() {
        return new ReportSections(sections.get(ReportSection.ACHIEVEMENTS).getValue(),
                sections.get(ReportSection.PRACTICES).getValue(), sections.get(ReportSection.PROBLEMS).getValue());
    }

    private void autosave() {
        if (!conflict.isVisible()) {
            save();
        }
    }

    /** @return false when nothing could be saved and the page now says why */
    boolean save() {
        var shown = current();
        if (conflict.isVisible()) {
            return false;
        }
        var typed = typed();
        if (typed.stripped().equals(lastSaved.stripped()) && shown.draftSavedAt() != null) {
            return true;
        }
        return switch (reports.saveDraft(shown.county(), shown.year(), version, typed)) {
            case ReportOutcome.Saved saved -> {
                version = saved.version();
                lastSaved = typed;
                errorSummary.clear();
                draftStatus.setText(getTranslation("annualreport.draft.saved-at",
                        ReportTexts.date(this, saved.savedAt()), java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                .format(saved.savedAt().atZone(java.time.ZoneId.of("Asia/Shanghai")))));
                yield true;
            }
            case ReportOutcome.Invalid invalid -> {
                showProblems(invalid);
                yield false;
            }
            case ReportOutcome.Conflict c -> {
                showConflict();
                yield false;
            }
            default -> {
                reopen(null);
                yield false;
            }
        };
    }

    private void submit() {
        var shown = current();
        if (conflict.isVisible()) {
            return;
        }
        switch (reports.submit(shown.county(), shown.year(), version, typed())) {
            case ReportOutcome.Submitted submitted -> {
                var text = getTranslation(submitted.late() ? "annualreport.submitted.late" : "annualreport.submitted",
                        submitted.number());
                var notice = new Notice(text);
                notice.setId("report-submitted");
                reopen(notice);
                announcer.announce(text);
            }
            case ReportOutcome.Invalid invalid -> showProblems(invalid);
            case ReportOutcome.Conflict c -> showConflict();
            default -> reopen(null);
        }
    }

    private void showProblems(ReportOutcome.Invalid invalid) {
        var problems = new ArrayList<FieldError>();
        for (var problem : invalid.problems()) {
            Component field = "message".equals(problem.field()) ? changesMessage
                    : sections.get(ReportSection.valueOf(problem.field()));
            problems.add(new FieldError(field, getTranslation(problem.messageKey(), ReportSection.MAX_LENGTH)));
        }
        errorSummary.show(problems);
    }

    private void showConflict() {
        // What this tab holds stays on the screen, so it can be copied before reading the newer version.
        conflict.removeAll();
        var text = getTranslation("annualreport.conflict");
        var reload = new Anchor(route(current().county(), current().year()), getTranslation("annualreport.conflict.reload"));
        reload.setId("report-reload");
        conflict.add(new Notice(text), new Paragraph(reload));
        conflict.setId("report-conflict");
        conflict.addClassName("conflict");
        conflict.setVisible(true);
        announcer.announce(text);
    }

    private void reopen(@Nullable Component notice) {
        var shown = current();
        show(reports.open(shown.county(), shown.year()).orElseThrow(NotFoundException::new), notice);
    }

    private Section submitted(SubmittedVersion latest) {
        var heading = new H2(getTranslation("annualreport.version.heading", latest.number()));
        heading.setId("report-version-heading");
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(new Paragraph(getTranslation("annualreport.version.by", ReportTexts.date(this, latest.submittedAt()),
                latest.submittedBy()) + (latest.late() ? " · " + getTranslation("annualreport.late") : "")));
        section.add(figures(latest.figuresAsOf(), latest.figures(), "report-version-figures"));
        for (var part : ReportSection.values()) {
            var h = new H2(getTranslation(part.messageKey()));
            section.add(h);
            for (var line : latest.sections().text(part).split("\\R+")) {
                section.add(new Paragraph(line));
            }
        }
        return section;
    }

    private Section requestChanges() {
        var heading = new H2(getTranslation("annualreport.changes.heading"));
        heading.setId("report-changes-heading");
        changesMessage.setLabel(getTranslation("annualreport.changes.message"));
        changesMessage.setHelperText(getTranslation("annualreport.changes.message.hint"));
        changesMessage.setId("report-changes-message");
        changesMessage.setWidthFull();
        var send = new Button(getTranslation("annualreport.changes.send"), e -> {
            var shown = current();
            switch (reports.requestChanges(shown.county(), shown.year(), version, changesMessage.getValue())) {
                case ReportOutcome.ChangesRequested done -> {
                    var notice = new Notice(getTranslation("annualreport.changes.sent"));
                    notice.setId("report-changes-sent");
                    reopen(notice);
                    announcer.announce(notice.getText());
                }
                case ReportOutcome.Invalid invalid -> showProblems(invalid);
                case ReportOutcome.Conflict c -> showConflict();
                default -> reopen(null);
            }
        });
        send.setId("report-changes-send");
        var section = new Section(heading, new Paragraph(getTranslation("annualreport.changes.intro")), changesMessage,
                send);
        section.addClassName("no-print");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private Section versions(AnnualReport shown) {
        var heading = new H2(getTranslation("annualreport.versions.heading"));
        heading.setId("report-versions-heading");
        var list = new UnorderedList();
        list.setId("report-versions");
        for (var v : shown.versions()) {
            var number = v.number();
            var language = getLocale();
            var download = new Anchor((DownloadHandler) event -> send(event, number, language),
                    getTranslation("annualreport.versions.download", number, ReportTexts.date(this, v.submittedAt())));
            download.setId("report-download-" + number);
            list.add(new ListItem(download));
        }
        var print = new Button(getTranslation("annualreport.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("report-print");
        var section = new Section(heading, list, print);
        section.addClassName("no-print");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private void send(DownloadEvent event, int number, java.util.Locale language) throws IOException {
        var shown = current();
        // Checked and recorded again when the link is followed, for whoever is signed in then.
        var version = reports.download(shown.county(), shown.year(), number);
        if (version.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        event.getResponse().setHeader("Cache-Control", "no-store");
        event.setFileName(ReportDocuments.fileName(version.get()));
        event.setContentType(ReportDocuments.CONTENT_TYPE);
        try (var out = event.getOutputStream()) {
            documents.write(version.get(), language, out);
        }
    }

    private AnnualReport current() {
        if (report == null) {
            throw new NotFoundException();
        }
        return report;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(report == null ? getTranslation("annualreport.overview.heading") : heading(report));
    }
}
