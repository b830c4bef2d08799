package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.StaffAccounts.StaffAccount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The staff accounts as a real table: a caption, column headers, and each row headed by the person's name. On a narrow
 * phone the CSS lays every row out as a block with each cell's column name in front ({@code data-label}); the
 * explicit ARIA roles keep it a table for screen readers, which some browsers forget once a table is not displayed as
 * one.
 */
class StaffTable extends Composite<NativeTable> {

    private static final List<String> COLUMNS = List.of("name", "phone", "role", "county", "state", "action");

    StaffTable(List<StaffAccount> staff) {
        var table = getContent();
        table.setId("staff-table");
        table.addClassName("staff-table");
        table.getElement().setAttribute("role", "table");
        table.setCaptionText(getTranslation("staff.accounts.table.caption", staff.size()));
        var header = table.getHead().addRow();
        header.getElement().setAttribute("role", "row");
        COLUMNS.forEach(column -> {
            var cell = header.addHeaderCell();
            cell.setText(label(column));
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("role", "columnheader");
        });
        var body = table.getBody();
        staff.forEach(account -> body.addRows(row(account)));
    }

    private String label(String column) {
        return getTranslation("staff.accounts.column." + column);
    }

    private NativeTableRow row(StaffAccount account) {
        var row = new NativeTableRow();
        row.getElement().setAttribute("role", "row");
        var name = row.addHeaderCell();
        name.setText(account.name());
        name.getElement().setAttribute("scope", "row");
        name.getElement().setAttribute("role", "rowheader");
        name.getElement().setAttribute("data-label", label("name"));
        cell(row, "phone", new Span(account.phone().masked()));
        cell(row, "role", new Span(StaffTexts.role(account.role())));
        cell(row, "county", new Span(StaffTexts.scope(account.role(), account.county())));
        cell(row, "state", new Span(getTranslation(!account.active() ? "staff.accounts.state.inactive"
                : account.passwordSet() ? "staff.accounts.state.active" : "staff.accounts.state.waiting")));
        // The link's name says whose account, also when read out of the table's context.
        var edit = new Anchor(StaffAccountView.route(account.accountId()), getTranslation("staff.accounts.edit"));
        var whose = new Span(getTranslation("staff.accounts.edit.whose", account.name()));
        whose.addClassName("sr-only");
        edit.add(whose);
        edit.setId("edit-staff-" + account.accountId());
        cell(row, "action", edit);
        return row;
    }

    private void cell(NativeTableRow row, String column, Component content) {
        var cell = row.addDataCell();
        cell.getElement().setAttribute("role", "cell");
        cell.getElement().setAttribute("data-label", label(column));
        cell.add(content);
    }

    /** For tests: the rows' cells as text, header row first. */
    List<List<String>> texts() {
        return getContent().getChildren().flatMap(Component::getChildren)
                .filter(NativeTableRow.class::isInstance).map(NativeTableRow.class::cast)
                .map(r -> r.getAllCells().stream().map(c -> c.getElement().getTextRecursively()).toList())
                .toList();
    }
}
