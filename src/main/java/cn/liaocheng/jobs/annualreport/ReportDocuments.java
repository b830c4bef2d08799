package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.platform.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * Reports as Word documents (DOCX, Apache POI's XWPF), which the committee's offices open, print and file as they do
 * every other document. The figures are real tables with a header row repeated on every page; no font is embedded
 * (Word and WPS bring their own Chinese fonts), so the file is the same on a server without any.
 */
@Component
public class ReportDocuments {

    public static final String CONTENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private final Translations translations;

    ReportDocuments(Translations translations) {
        this.translations = translations;
    }

    /** e.g. {@code annual-report-shenxian-2026-v2.docx}: no name, no number, only what the report is. */
    public static String fileName(SubmittedVersion version) {
        return "annual-report-" + version.county().slug() + "-" + version.year() + "-v" + version.number() + ".docx";
    }

    public static String cityFileName(int year) {
        return "annual-report-liaocheng-" + year + ".docx";
    }

    /** One county's submitted version. */
    public void write(SubmittedVersion version, Locale language, OutputStream out) throws IOException {
        try (var doc = new XWPFDocument()) {
            var t = new Texts(translations, language);
            heading(doc, t.get("annualreport.document.title", t.get(version.county().messageKey()), version.year()), 18);
            countyBody(doc, t, version, 14);
            doc.write(out);
        }
    }

    /** The city's report: the city's totals, where each county stands, and each county's latest version. */
    public void write(CityReport report, Locale language, OutputStream out) throws IOException {
        try (var doc = new XWPFDocument()) {
            var t = new Texts(translations, language);
            heading(doc, t.get("annualreport.city.document.title", report.year()), 18);
            heading(doc, t.get("annualreport.figures.heading", t.date(report.figuresAsOf())), 14);
            figures(doc, t, report.totals());
            heading(doc, t.get("annualreport.city.counties.heading"), 14);
            var table = doc.createTable(report.counties().size() + 1, 3);
            header(table, t.get("annualreport.column.county"), t.get("annualreport.column.status"),
                    t.get("annualreport.column.submitted"));
            for (int i = 0; i < report.counties().size(); i++) {
                var part = report.counties().get(i);
                var row = table.getRow(i + 1);
                row.getCell(0).setText(t.get(part.county().messageKey()));
                row.getCell(1).setText(part.version().map(v -> t.get("annualreport.document.version", v.number())
                        + (v.late() ? " · " + t.get("annualreport.late") : ""))
                        .orElse(t.get("annualreport.city.not-submitted")));
                row.getCell(2).setText(part.version().map(v -> t.date(v.submittedAt().atZone(LIAOCHENG).toLocalDate()))
                        .orElse("—"));
            }
            for (var part : report.counties()) {
                heading(doc, t.get(part.county().messageKey()), 14);
                part.version().ifPresentOrElse(v -> countyBody(doc, t, v, 12),
                        () -> paragraph(doc, t.get("annualreport.city.not-submitted")));
            }
            doc.write(out);
        }
    }

    private void countyBody(XWPFDocument doc, Texts t, SubmittedVersion version, int headingSize) {
        paragraph(doc, t.get("annualreport.document.submitted", version.number(),
                t.date(version.submittedAt().atZone(LIAOCHENG).toLocalDate()), version.submittedBy())
                + (version.late() ? " · " + t.get("annualreport.late") : ""));
        heading(doc, t.get("annualreport.figures.heading", t.date(version.figuresAsOf())), headingSize);
        figures(doc, t, version.figures());
        for (var section : ReportSection.values()) {
            heading(doc, t.get(section.messageKey()), headingSize);
            for (var line : version.sections().text(section).split("\\R+")) {
                paragraph(doc, line);
            }
        }
    }

    private static void figures(XWPFDocument doc, Texts t, List<ReportFigure> figures) {
        if (figures.isEmpty()) {
            paragraph(doc, t.get("annualreport.figures.none"));
            return;
        }
        var table = doc.createTable(figures.size() + 1, 3);
        header(table, t.get("annualreport.column.figure"), t.get("annualreport.column.value"),
                t.get("annualreport.column.target"));
        for (int i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            var row = table.getRow(i + 1);
            row.getCell(0).setText(t.get(figure.messageKey()));
            row.getCell(1).setText(figure.valueText(t.language(), t.get("annualreport.figures.unknown")));
            row.getCell(2).setText(figure.targetText(t.language(), "—"));
        }
    }

    private static void header(XWPFTable table, String... columns) {
        var row = table.getRow(0);
        // Repeated at the top of every page the table runs onto, as a header row should be.
        row.setRepeatHeader(true);
        for (int i = 0; i < columns.length; i++) {
            var cell = row.getCell(i);
            var run = cell.getParagraphs().getFirst().createRun();
            run.setBold(true);
            run.setText(columns[i]);
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        var run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    /** Texts in the reader's language, like the screens. */
    private record Texts(Translations translations, Locale language) {
        String get(String key, Object... parameters) {
            return translations.render(key, language, parameters);
        }

        String date(LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern(language.getLanguage().equals("zh") ? "yyyy年M月d日"
                    : "d MMMM yyyy", language));
        }
    }
}
