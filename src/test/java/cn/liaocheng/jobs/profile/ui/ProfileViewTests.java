package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 我的资料 summary page, and the main menu entries of the profile capability. */
@SpringBootTest
class ProfileViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private java.util.List<String> menu() {
        var nav = $(Nav.class).withAttribute("aria-label", "主要栏目").single();
        return $(Anchor.class, nav).all().stream().map(Anchor::getText).toList();
    }

    @Test
    void someone_without_a_profile_is_invited_to_fill_it_in_once() {
        TestAccounts.signIn(accounts.applicant("李明"));

        navigate(ProfileView.ROUTE, ProfileView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("我的资料");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("我的资料 - 聊城残疾人就业服务");
        assertThat($(Anchor.class).id("profile-start").getHref()).isEqualTo(ProfileEditView.ROUTE);
    }

    @Test
    void a_saved_profile_is_shown_with_masked_numbers_and_derived_category() {
        var user = accounts.applicant("李明");
        people.self(user);
        TestAccounts.signIn(user);

        navigate(ProfileView.ROUTE, ProfileView.class);

        var text = $(ProfileView.class).single().getElement().getTextRecursively();
        assertThat(text).containsPattern("3715\\*{10}[0-9X]{4}44").contains("肢体残疾，四级", "莘县 燕店镇", "农村户口")
                .contains(user.phoneNumber().substring(0, 3) + "****").doesNotContain(user.phoneNumber());
        assertThat($(Anchor.class).id("profile-change").getHref()).isEqualTo(ProfileEditView.ROUTE);
    }

    /**
     * MainLayout builds the menu once per browser tab (UI), and the test's tab was opened before signing in; signing in
     * reloads the page in the portal, so the test opens a new tab the same way.
     */
    private void openNewTab() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    @Test
    void the_menu_offers_my_details_and_applying_for_someone_to_signed_in_applicants() {
        TestAccounts.signIn(accounts.applicant("李明"));
        openNewTab();
        navigate("how-to-apply", Div.class);

        assertThat(menu()).containsSubsequence("如何申请", "我的资料", "代办");
    }

    @Test
    void the_menu_hides_them_from_signed_out_visitors() {
        navigate("how-to-apply", Div.class);

        assertThat(menu()).doesNotContain("我的资料", "代办").contains("如何申请");
    }

    @Test
    void the_menu_hides_them_from_staff() {
        TestAccounts.signIn(accounts.create("工作人员", Role.CASEWORKER));
        openNewTab();
        navigate("how-to-apply", Div.class);

        assertThat(menu()).doesNotContain("我的资料", "代办").contains("如何申请");
    }

    @Test
    void signed_out_visitors_and_staff_do_not_get_the_page() {
        navigate(ProfileView.ROUTE, Div.class);
        assertThat($(ProfileView.class).exists()).isFalse();

        TestAccounts.signIn(accounts.create("工作人员", Role.CASEWORKER));
        navigate(ProfileView.ROUTE, Div.class);
        assertThat($(ProfileView.class).exists()).isFalse();
        assertThat($(PageHeading.class).single().getText()).isIn("您没有查看这个页面的权限", "找不到这个页面");
    }
}
