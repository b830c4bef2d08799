package cn.liaocheng.jobs.nationalexport;

import java.util.Locale;

/** The two file formats: CSV for importing into the national system, XLSX for opening in a spreadsheet first. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
