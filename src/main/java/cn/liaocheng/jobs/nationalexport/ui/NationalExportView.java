package cn.liaocheng.jobs.nationalexport.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.nationalexport.ExportFormat;
import cn.liaocheng.jobs.nationalexport.ExportKind;
import cn.liaocheng.jobs.nationalexport.ExportPreview;
import cn.liaocheng.jobs.nationalexport.ExportRequest;
import cn.liaocheng.jobs.nationalexport.NationalExportService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * 上报全国系统 ({@code /staff/export}): a county, a record set and a period, then 查看 shows how many rows the file will have
 * and the first of them masked, with the two downloads. Numbers appear in full only inside the downloaded file;
 * the page never holds them (decision 0021).
 */
@Route(value = NationalExportView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class NationalExportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/export";

    private final NationalExportService exports;
    private final Announcer announcer;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    final Select<County> county = new Select<>();
    final RadioButtonGroup<ExportKind> kind = new RadioButtonGroup<>();
    final DatePartsField from;
    final DatePartsField to;
    final Section result = new Section();
    private boolean administrator;

    NationalExportView(NationalExportService exports, Announcer announcer, Clock clock) {
        this.exports = exports;
        this.announcer = announcer;
        this.clock = clock;
        addClassName("national-export");
        from = new DatePartsField(getTranslation("export.from"));
        from.setId("export-from");
        to = new DatePartsField(getTranslation("export.to"));
        to.setId("export-to");
        kind.setLabel(getTranslation("export.kind"));
        kind.setItems(ExportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(ExportKind.EMPLOYMENT);
        kind.setId("export-kind");
        result.setId("export-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        result.removeAll();
        var own = exports.ownCounty(); // refuses anyone but caseworkers and administrators
        administrator = own == null;
        var today = LocalDate.now(clock);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        add(new PageHeading(getTranslation("export.heading")), new Paragraph(getTranslation("export.intro")),
                errorSummary);
        if (administrator) {
            county.setLabel(getTranslation("export.county"));
            county.setItems(County.values());
            county.setItemLabelGenerator(c -> c == null ? getTranslation("export.county.city")
                    : getTranslation(c.messageKey()));
            county.setEmptySelectionAllowed(true);
            county.setEmptySelectionCaption(getTranslation("export.county.city"));
            county.setId("export-county");
            add(county);
        } else {
            var fixed = new Paragraph(getTranslation("export.county.own", getTranslation(own.messageKey())));
            fixed.setId("export-own-county");
            add(fixed);
        }
        var show = new Button(getTranslation("export.show"), e -> show());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setId("export-show");
        add(kind, from, to, show, result);
    }

    private void show() {
        result.removeAll();
        var request = request();
        if (request == null) {
            return;
        }
        errorSummary.clear();
        var preview = exports.preview(request);
        var heading = new H2(getTranslation("export.result.heading", preview.resolvedCounty(),
                getTranslation(request.kind().messageKey())));
        heading.setId("export-result-heading");
        result.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var count = new Paragraph(getTranslation("export.result.count", preview.rows(), request.from().toString(),
                request.to().toString()));
        count.setId("export-count");
        result.add(heading, count);
        if (preview.withoutCertificate() > 0) {
            var missing = new Notice(getTranslation("export.result.without-certificate", preview.withoutCertificate()));
            missing.setId("export-without-certificate");
            result.add(missing);
        }
        if (preview.rows() > 0) {
            result.add(table(preview), downloads(request));
        }
        announcer.announce(count.getText());
    }

    private @Nullable ExportRequest request() {
        var errors = new ArrayList<FieldError>();
        var start = date(from, "export.from.missing", errors);
        var end = date(to, "export.to.missing", errors);
        if (start != null && end != null && end.isBefore(start)) {
            invalid(to, getTranslation("export.to.before-from"), errors);
        }
        if (kind.getValue() == null) {
            errors.add(new FieldError(kind, getTranslation("export.kind.missing")));
        }
        if (!errors.isEmpty()) {
            errorSummary.show(errors);
            return null;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        return new ExportRequest(administrator ? county.getValue() : null, start, end, kind.getValue());
    }

    private @Nullable LocalDate date(DatePartsField field, String missingKey, List<FieldError> errors) {
        var problem = field.problemMessage();
        if (problem.isPresent()) {
            invalid(field, problem.get(), errors);
            return null;
        }
        if (field.isEmpty() || field.getValue() == null) {
            invalid(field, getTranslation(missingKey), errors);
            return null;
        }
        field.setInvalid(false);
        return field.getValue();
    }

    private static void invalid(DatePartsField field, String message, List<FieldError> errors) {
        field.setInvalid(true);
        field.setErrorMessage(message);
        errors.add(new FieldError(field, message));
    }

    /** The file's columns as the file names them: they are the national system's words, not the page's. */
    private ReflowTable table(ExportPreview preview) {
        UnaryOperator<String> same = c -> c;
        var table = new ReflowTable("export-preview", getTranslation("export.preview.caption",
                Math.min(preview.rows(), ExportPreview.SHOWN), preview.rows()), preview.headers(), same);
        var headers = preview.headers();
        for (var cells : preview.maskedRows()) {
            var row = table.addRow(headers.getFirst(), new Span(cells.getFirst()));
            for (int i = 1; i < cells.size(); i++) {
                row.cell(headers.get(i), new Span(cells.get(i)));
            }
        }
        return table;
    }

    private Div downloads(ExportRequest request) {
        var csv = new Anchor(new ExportDownload(exports, request, ExportFormat.CSV), getTranslation("export.download.csv"));
        csv.setId("export-download-csv");
        csv.addClassName("button-link");
        var xlsx = new Anchor(new ExportDownload(exports, request, ExportFormat.XLSX),
                getTranslation("export.download.xlsx"));
        xlsx.setId("export-download-xlsx");
        xlsx.addClassName("button-link");
        var links = new Div(csv, xlsx);
        links.addClassName("download-links");
        return new Div(new Notice(getTranslation("export.download.warning")), links);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("export.heading"));
    }
}
