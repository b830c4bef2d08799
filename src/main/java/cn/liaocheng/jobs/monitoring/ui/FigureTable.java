package cn.liaocheng.jobs.monitoring.ui;

import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One table of figures, shown as a real table and offered as the same rows in a CSV file. The first column heads each
 * row. Both are made from the same rows, so the download can never say something the page does not.
 */
record FigureTable(String id, String caption, String fileName, List<String> headings, List<List<String>> rows) {

    FigureTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The table with its CSV link below it. */
    Component component(String downloadText) {
        return component(downloadText, null);
    }

    /**
     * The table with its CSV link below it; with a {@code disclosure} text, the table sits closed in a native
     * {@code <details>} whose {@code <summary>} says what it holds. Used where a chart beside it already says the same
     * in sentences: on a phone a table of 48 months is thousands of pixels of cards, and a closed disclosure is
     * announced and opened like a button by screen readers and keyboards alike. The CSV link stays outside it.
     */
    Component component(String downloadText, @Nullable String disclosure) {
        var table = new ReflowTable(id, caption, headings, heading -> heading);
        table.addClassName("progress-table");
        for (var row : rows) {
            var line = table.addRow(headings.getFirst(), new Span(row.getFirst()));
            for (int i = 1; i < row.size(); i++) {
                line.cell(headings.get(i), new Span(row.get(i)));
            }
        }
        var download = new Anchor((DownloadHandler) event -> {
            var bytes = csv().getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            event.setContentLength(bytes.length);
            try (var out = event.getOutputStream()) {
                out.write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, downloadText);
        download.setId(id + "-csv");
        download.addClassName("progress-csv");
        var block = new Div();
        block.addClassName("progress-table-block");
        if (disclosure == null) {
            block.add(table);
        } else {
            var details = new NativeDetails(disclosure, table);
            details.setId(id + "-details");
            details.addClassName("progress-table-details");
            block.add(details);
        }
        block.add(download);
        return block;
    }

    /**
     * RFC 4180, UTF-8 with a byte-order mark so that Excel reads the Chinese, CRLF line ends. A cell that begins like
     * a formula gets a leading apostrophe: offer titles come from editors, and a spreadsheet must not run them.
     */
    String csv() {
        var lines = new StringBuilder("\uFEFF");
        lines.append(line(headings));
        rows.forEach(row -> lines.append(line(row)));
        return lines.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(FigureTable::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
