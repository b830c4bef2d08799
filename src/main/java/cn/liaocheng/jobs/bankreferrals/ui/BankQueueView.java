package cn.liaocheng.jobs.bankreferrals.ui;

import cn.liaocheng.jobs.bankreferrals.BankReferrals;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 农行推荐名单 ({@code /bank}): every referral the DPF sent to the bank, oldest first. Loan officers only. */
@Route(value = BankQueueView.ROUTE, layout = MainLayout.class)
// Any signed-in account may ask; the service (loan officers only) answers everyone else with the not-found page,
// so that for caseworkers, administrators and applicants the bank's addresses do not exist (a 403 would say they do).
@PermitAll
class BankQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "bank";

    private final BankReferrals referrals;
    ReferralTable table = new ReferralTable(java.util.List.of());

    BankQueueView(BankReferrals referrals) {
        this.referrals = referrals;
        addClassName("bank-queue");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var queue = referrals.queue();
        add(new PageHeading(getTranslation("bank.queue.heading")), new Paragraph(getTranslation("bank.queue.intro")));
        if (queue.isEmpty()) {
            var empty = new Paragraph(getTranslation("bank.queue.empty"));
            empty.setId("bank-queue-empty");
            add(empty);
            return;
        }
        table = new ReferralTable(queue);
        add(table);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bank.queue.heading"));
    }
}
