package cn.liaocheng.jobs.nationalexport;

import java.util.List;

/**
 * What the page shows before a download: how many rows the file will have, how many lack a certificate number, and
 * the first rows with every number masked.
 *
 * @param resolvedCounty the county whose records these are, as the export names it (e.g. 东阿县, 全市)
 */
public record ExportPreview(String resolvedCounty, int rows, int withoutCertificate, List<String> headers,
        List<List<String>> maskedRows) {

    /** Rows shown on the page; the file has all of them. */
    public static final int SHOWN = 10;

    public ExportPreview {
        headers = List.copyOf(headers);
        maskedRows = maskedRows.stream().map(List::copyOf).toList();
    }
}
