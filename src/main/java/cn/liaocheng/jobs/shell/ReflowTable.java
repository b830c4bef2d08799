package cn.liaocheng.jobs.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A real table for staff lists: a caption, column headers, and each row headed by its first cell. On a narrow phone
 * the CSS ({@code .staff-table}) lays every row out as a block with each cell's column name in front
 * ({@code data-label}); the explicit ARIA roles keep it a table for screen readers, which some browsers forget once a
 * table is not displayed as one.
 */
public class ReflowTable extends Composite<NativeTable> implements HasStyle {

    private final UnaryOperator<String> label;

    /** {@code label} turns a column key into its heading, e.g. {@code c -> getTranslation("bank.column." + c)}. */
    public ReflowTable(String id, String caption, List<String> columns, UnaryOperator<String> label) {
        this.label = label;
        var table = getContent();
        table.setId(id);
        table.addClassName("staff-table");
        table.getElement().setAttribute("role", "table");
        table.setCaptionText(caption);
        var header = table.getHead().addRow();
        header.getElement().setAttribute("role", "row");
        columns.forEach(column -> {
            var cell = header.addHeaderCell();
            cell.setText(label.apply(column));
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("role", "columnheader");
        });
    }

    /** A new body row whose header cell, in {@code column}, holds {@code heading}; add its other cells to the row. */
    public Row addRow(String column, Component heading) {
        var row = new NativeTableRow();
        row.getElement().setAttribute("role", "row");
        var cell = row.addHeaderCell();
        cell.getElement().setAttribute("scope", "row");
        cell.getElement().setAttribute("role", "rowheader");
        cell.getElement().setAttribute("data-label", label.apply(column));
        cell.add(heading);
        getContent().getBody().addRows(row);
        return new Row(row);
    }

    /** For tests: the rows' cells as text, header row first. */
    public List<List<String>> texts() {
        return getContent().getChildren().flatMap(Component::getChildren)
                .filter(NativeTableRow.class::isInstance).map(NativeTableRow.class::cast)
                .map(r -> r.getAllCells().stream().map(c -> c.getElement().getTextRecursively()).toList())
                .toList();
    }

    /** One body row. */
    public final class Row {
        private final NativeTableRow row;

        private Row(NativeTableRow row) {
            this.row = row;
        }

        public Row cell(String column, Component content) {
            var cell = row.addDataCell();
            cell.getElement().setAttribute("role", "cell");
            cell.getElement().setAttribute("data-label", label.apply(column));
            cell.add(content);
            return this;
        }

        public Row addClassName(String className) {
            row.addClassName(className);
            return this;
        }
    }
}
