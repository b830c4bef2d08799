package cn.liaocheng.jobs.bankreferrals.ui;

import cn.liaocheng.jobs.bankreferrals.BankReferral;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;

/**
 * The bank's queue as a real table, headed by the reference, which is the link to the referral. It uses the staff
 * tables' CSS: on a narrow phone each row becomes a block with each cell's column name in front ({@code data-label}),
 * and the explicit ARIA roles keep it a table for screen readers.
 */
class ReferralTable extends Composite<NativeTable> {

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private static final List<String> COLUMNS = List.of("reference", "name", "county", "amount", "status", "referred");

    ReferralTable(List<BankReferral> referrals) {
        var table = getContent();
        table.setId("bank-referrals");
        table.addClassNames("staff-table", "bank-table");
        table.getElement().setAttribute("role", "table");
        table.setCaptionText(getTranslation("bank.queue.caption", referrals.size()));
        var header = table.getHead().addRow();
        header.getElement().setAttribute("role", "row");
        COLUMNS.forEach(column -> {
            var cell = header.addHeaderCell();
            cell.setText(label(column));
            cell.getElement().setAttribute("scope", "col");
            cell.getElement().setAttribute("role", "columnheader");
        });
        referrals.forEach(referral -> table.getBody().addRows(row(referral)));
    }

    private String label(String column) {
        return getTranslation("bank.column." + column);
    }

    private NativeTableRow row(BankReferral referral) {
        var row = new NativeTableRow();
        row.getElement().setAttribute("role", "row");
        var reference = row.addHeaderCell();
        reference.getElement().setAttribute("scope", "row");
        reference.getElement().setAttribute("role", "rowheader");
        reference.getElement().setAttribute("data-label", label("reference"));
        var link = new Anchor(BankReferralView.route(referral.id()), referral.reference());
        link.setId("referral-" + referral.id());
        reference.add(link);
        cell(row, "name", new Span(referral.name()));
        cell(row, "county", new Span(getTranslation(referral.county().messageKey())));
        cell(row, "amount", new Span(getTranslation("bank.amount.yuan", referral.amountAskedYuan())));
        cell(row, "status", new Span(getTranslation(referral.status().messageKey())));
        cell(row, "referred", new Span(referral.referredAt().atZone(LIAOCHENG).toLocalDate().toString()));
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
