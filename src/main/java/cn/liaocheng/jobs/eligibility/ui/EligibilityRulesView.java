package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.eligibility.EligibilityService;
import cn.liaocheng.jobs.eligibility.Wording;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 资格规则: the checker's rules as sentences, in the plan's order, so that city administrators can check them against
 * the action plan. Read-only: a rule changes by migration (decision 0030).
 */
@Route(value = "staff/eligibility-rules", layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class EligibilityRulesView extends Div implements HasDynamicTitle {

    EligibilityRulesView(EligibilityService eligibility, Wording wording) {
        var list = new OrderedList();
        list.setId("eligibility-rules");
        eligibility.rules().forEach(rule -> {
            var item = new ListItem(wording.sentence(rule, getLocale()));
            item.setId("rule-" + rule.code());
            list.add(item);
        });
        add(new PageHeading(getTranslation("eligibility.rules.heading")),
                new Paragraph(getTranslation("eligibility.rules.intro")), list);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("eligibility.rules.heading"));
    }
}
