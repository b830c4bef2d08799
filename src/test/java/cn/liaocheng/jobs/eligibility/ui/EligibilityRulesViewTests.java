package cn.liaocheng.jobs.eligibility.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The staff reading of the rules: a city administrator sees every rule as a sentence citing its article. */
@SpringBootTest
class EligibilityRulesViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_city_administrator_reads_each_rule_with_its_article_and_lead_department() {
        TestAccounts.signIn(accounts.create("市残联 王主任", Role.CITY_ADMINISTRATOR));
        navigate(EligibilityRulesView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("资格规则");
        assertThat(UI.getCurrent().getInternals().getTitle()).contains("资格规则");
        var rules = $(ListItem.class).all().stream().filter(i -> i.getId().orElse("").startsWith("rule-")).toList();
        assertThat(rules).hasSize(12);
        assertThat(rules).filteredOn(i -> i.getId().orElseThrow().equals("rule-rural-training")).singleElement()
                .extracting(ListItem::getText).asString()
                .startsWith("（六）3 农村困难残疾人实用技术培训：农村户口").contains("牵头单位：市残联、市农业农村局");
    }

    @Test
    void the_staff_home_links_city_administrators_to_the_rules_and_not_caseworkers() {
        TestAccounts.signIn(accounts.create("市残联 李主任", Role.CITY_ADMINISTRATOR));
        navigate("staff", com.vaadin.flow.component.Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("staff-task-eligibility-rules").getHref())
                .isEqualTo("staff/eligibility-rules");

        TestAccounts.signIn(accounts.caseworker("莘县 张老师", cn.liaocheng.jobs.shared.County.SHENXIAN));
        navigate("staff", com.vaadin.flow.component.Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .noneMatch(a -> a.getId().filter("staff-task-eligibility-rules"::equals).isPresent());
    }
}
