package cn.liaocheng.jobs.applications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Starting an application for oneself or someone one helps, and 我的申请. */
@SpringBootTest
class ApplyAndMyApplicationsViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired TestApplications drafts;
    @Autowired ApplicationService applications;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private String heading() {
        return $(PageHeading.class).single().getText();
    }

    @Test
    void the_offer_page_links_to_applying_online() {
        var offer = offers.offer(token).save();

        com.vaadin.flow.component.UI.getCurrent().navigate("offers/" + offer.slug());

        assertThat($(Anchor.class).id("apply-online").getHref()).isEqualTo("apply/" + offer.slug());
    }

    private java.util.List<String> menu() {
        var nav = $(com.vaadin.flow.component.html.Nav.class).withAttribute("aria-label", "主要栏目").single();
        return $(Anchor.class, nav).all().stream().map(Anchor::getText).toList();
    }

    @Test
    void my_applications_is_in_the_menu_of_signed_in_applicants_only() {
        navigate("how-to-apply", com.vaadin.flow.component.html.Div.class);
        assertThat(menu()).doesNotContain("我的申请");

        TestAccounts.signIn(accounts.applicant("张伟"));
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate("how-to-apply", com.vaadin.flow.component.html.Div.class);
        assertThat(menu()).containsSubsequence("我的资料", "代办", "我的申请");

        TestAccounts.signIn(accounts.create("工作人员", cn.liaocheng.jobs.accounts.Role.CASEWORKER));
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        navigate("how-to-apply", com.vaadin.flow.component.html.Div.class);
        assertThat(menu()).doesNotContain("我的申请");
    }

    @Test
    void someone_without_a_profile_is_sent_to_fill_it_in_first_and_comes_back_here() {
        TestAccounts.signIn(accounts.applicant("张伟"));
        var slug = offers.offer(token).save().slug();

        navigate("apply/" + slug, ApplyView.class);

        assertThat($(Anchor.class).withText("填写我的资料").single().getHref()).isEqualTo("profile/edit?return=apply/" + slug);
        assertThat($(Anchor.class).withText("添加要帮助的人").single().getHref()).isEqualTo("helping/add");
        assertThat($(Button.class).withId("start").exists()).isFalse();
    }

    @Test
    void a_person_applying_for_themself_starts_at_the_first_step() {
        var me = accounts.applicant("张伟");
        people.self(me);
        TestAccounts.signIn(me);
        var offer = offers.offer(token).save();
        navigate("apply/" + offer.slug(), ApplyView.class);
        assertThat(heading()).isEqualTo("在线申请：" + token);

        test($(Button.class).id("start")).click();

        assertThat(heading()).isEqualTo("您住在哪里");
    }

    @Test
    void a_helper_chooses_for_whom_and_is_told_when_nobody_was_chosen() {
        var daughter = accounts.applicant("王芳");
        people.self(daughter);
        people.helpedBy(daughter, Relationship.DAUGHTER, false);
        TestAccounts.signIn(daughter);
        navigate("apply/" + offers.offer(token).save().slug(), ApplyView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> forWhom = $(RadioButtonGroup.class).id("for-whom");

        test($(Button.class).id("start")).click();
        assertThat($(ErrorSummary.class).single().messages()).containsExactly("请选择这份申请是为谁填写的");

        test(forWhom).selectItem("王建国（由我代办；对方还没确认同意，可以先填写）");
        test($(Button.class).id("start")).click();
        assertThat(heading()).isEqualTo("您住在哪里");
        assertThat($(Paragraph.class).withClassName("application-caption").single().getText()).endsWith("为 王建国 申请");
    }

    @Test
    void a_closed_offer_says_so_and_an_unknown_one_is_not_found() {
        var me = accounts.applicant("张伟");
        people.self(me);
        TestAccounts.signIn(me);

        navigate("apply/" + offers.offer(token).closed().save().slug(), ApplyView.class);
        assertThat($(Paragraph.class).withTextContaining("不接受报名").exists()).isTrue();
        assertThat($(Button.class).withId("start").exists()).isFalse();

        navigate("apply/no-such-offer", NotFoundView.class);
        assertThat(heading()).isEqualTo("找不到这个页面");
    }

    @Test
    void my_applications_lists_drafts_to_continue_and_sent_ones_for_me_and_for_people_i_help() {
        var daughter = accounts.applicant("王芳");
        long own = drafts.draft(daughter, people.self(daughter).personId(), offers.offer(token + " 自己").save());
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, true);
        long sent = drafts.completeDraft(daughter, father.personId(), offers.offer(token + " 父亲").save());
        applications.submit(sent, drafts.version(sent));
        var stranger = accounts.applicant("李四");
        long notMine = drafts.draft(stranger, people.self(stranger).personId(), offers.offer(token + " 别人").save());

        TestAccounts.signIn(daughter);
        navigate("applications", MyApplicationsView.class);

        assertThat(heading()).isEqualTo("我的申请");
        var cards = $(ListItem.class).withClassName("application-card").all().stream()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(cards).anySatisfy(c -> assertThat(c).contains(token + " 自己", "为自己申请", "草稿", "继续填写"));
        assertThat(cards).anySatisfy(c -> assertThat(c).contains(token + " 父亲", "为 王建国 申请", "已提交",
                "由 王芳(女儿) 代为提交").containsPattern("编号 LC-\\d{4}-\\d{6}"));
        assertThat(cards).noneMatch(c -> c.contains(token + " 别人"));
        assertThat($(Anchor.class).withText("继续填写").all()).extracting(Anchor::getHref)
                .contains("applications/" + own).doesNotContain("applications/" + notMine);
    }
}
