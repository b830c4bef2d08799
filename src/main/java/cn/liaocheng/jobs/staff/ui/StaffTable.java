package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.StaffAccounts.StaffAccount;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The staff accounts as a {@link ReflowTable}, each row headed by the person's name. */
class StaffTable extends Composite<ReflowTable> {

    private static final List<String> COLUMNS = List.of("name", "phone", "role", "county", "state", "action");

    private final List<StaffAccount> staff;

    StaffTable(List<StaffAccount> staff) {
        this.staff = staff;
    }

    @Override
    protected ReflowTable initContent() {
        var table = new ReflowTable("staff-table", getTranslation("staff.accounts.table.caption", staff.size()),
                COLUMNS, this::label);
        staff.forEach(account -> row(table, account));
        return table;
    }

    private String label(String column) {
        return getTranslation("staff.accounts.column." + column);
    }

    private void row(ReflowTable table, StaffAccount account) {
        // The link's name says whose account, also when read out of the table's context.
        var edit = new Anchor(StaffAccountView.route(account.accountId()), getTranslation("staff.accounts.edit"));
        var whose = new Span(getTranslation("staff.accounts.edit.whose", account.name()));
        whose.addClassName("sr-only");
        edit.add(whose);
        edit.setId("edit-staff-" + account.accountId());
        table.addRow("name", new Text(account.name()))
                .cell("phone", new Span(account.phone().masked()))
                .cell("role", new Span(StaffTexts.role(account.role())))
                .cell("county", new Span(StaffTexts.scope(account.role(), account.county())))
                .cell("state", new Span(getTranslation(!account.active() ? "staff.accounts.state.inactive"
                        : account.passwordSet() ? "staff.accounts.state.active" : "staff.accounts.state.waiting")))
                .cell("action", edit);
    }

    /** For tests: the rows' cells as text, header row first. */
    List<List<String>> texts() {
        return getContent().texts();
    }
}
