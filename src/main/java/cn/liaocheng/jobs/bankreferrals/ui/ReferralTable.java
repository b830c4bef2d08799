package cn.liaocheng.jobs.bankreferrals.ui;

import cn.liaocheng.jobs.bankreferrals.BankReferral;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;

/** The bank's queue as a {@link ReflowTable}, each row headed by the reference, which links to the referral. */
class ReferralTable extends Composite<ReflowTable> {

    static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private static final List<String> COLUMNS = List.of("reference", "name", "county", "amount", "status", "referred");

    private final List<BankReferral> referrals;

    ReferralTable(List<BankReferral> referrals) {
        this.referrals = referrals;
    }

    @Override
    protected ReflowTable initContent() {
        var table = new ReflowTable("bank-referrals", getTranslation("bank.queue.caption", referrals.size()), COLUMNS,
                column -> getTranslation("bank.column." + column));
        table.addClassName("bank-table");
        referrals.forEach(referral -> {
            var link = new Anchor(BankReferralView.route(referral.id()), referral.reference());
            link.setId("referral-" + referral.id());
            table.addRow("reference", link)
                    .cell("name", new Span(referral.name()))
                    .cell("county", new Span(getTranslation(referral.county().messageKey())))
                    .cell("amount", new Span(getTranslation("bank.amount.yuan", referral.amountAskedYuan())))
                    .cell("status", new Span(getTranslation(referral.status().messageKey())))
                    .cell("referred", new Span(referral.referredAt().atZone(LIAOCHENG).toLocalDate().toString()));
        });
        return table;
    }

    /** For tests: the rows' cells as text, header row first. */
    List<List<String>> texts() {
        return getContent().texts();
    }
}
