package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.NotFoundView;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 谁在帮我办事 and withdrawing a helper, including every way of opening someone else's withdraw page. */
@SpringBootTest
class MyHelpersViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired ProfileService profiles;

    private PortalUser father;
    private PortalUser daughter;
    private long personId;
    private long helpId;

    @BeforeEach
    void fatherHelpedByDaughter() {
        father = accounts.applicant("王建国");
        daughter = accounts.applicant("王芳");
        personId = people.self(father).personId();
        helpId = people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_person_sees_who_helps_them_and_withdraws_after_confirming() {
        TestAccounts.signIn(father);
        navigate(MyHelpersView.ROUTE, MyHelpersView.class);
        assertThat($(H2.class).withText("王芳（女儿）").exists()).isTrue();

        var link = $(Anchor.class).withText("取消王芳的代办权限").single();
        assertThat(link.getHref()).isEqualTo(WithdrawHelperView.route(helpId));
        navigate(link.getHref(), WithdrawHelperView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("取消王芳的代办权限？");
        TestAccounts.signIn(daughter);
        assertThat(profiles.find(personId)).as("nothing changes before the confirmation").isPresent();
        TestAccounts.signIn(father);

        test($(Button.class).id("withdraw-confirm")).click();

        assertThat($(MyHelpersView.class).exists()).isTrue();
        assertThat($(Notice.class).single().getText()).startsWith("已取消代办权限");
        assertThat($(H2.class).withText("王芳（女儿）").exists()).isFalse();
        TestAccounts.signIn(daughter);
        assertThat(profiles.find(personId)).isEmpty();
    }

    @Test
    void a_request_not_yet_agreed_to_is_explained_to_the_person_in_their_own_words() {
        var stranger = accounts.applicant("陌生人");
        people.addHelper(personId, stranger, Relationship.OTHER, false);
        TestAccounts.signIn(father);
        navigate(MyHelpersView.ROUTE, MyHelpersView.class);

        var card = $(H2.class).withText("陌生人（其他）").single().getParent().orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains("TA 请求帮您办事，您还没有同意。在您同意以前，TA 看不到您的资料和申请。")
                .doesNotContain("还在等 TA 本人同意");
        assertThat($(Anchor.class).withText("取消陌生人的代办权限").exists()).isTrue();
    }

    @Test
    void the_withdraw_page_of_someone_else_is_not_found() {
        TestAccounts.signIn(accounts.applicant("陌生人"));
        navigate(WithdrawHelperView.route(helpId), NotFoundView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("找不到这个页面");

        TestAccounts.signIn(daughter);
        navigate(WithdrawHelperView.route(helpId), NotFoundView.class);

        TestAccounts.signIn(father);
        navigate("profile/helpers/abc/withdraw", NotFoundView.class);
        navigate("profile/helpers/99999999999999999999/withdraw", NotFoundView.class);
    }

    @Test
    void a_withdrawn_helper_cannot_be_withdrawn_again() {
        people.withdraw(father, daughter);
        TestAccounts.signIn(father);

        navigate(WithdrawHelperView.route(helpId), NotFoundView.class);
    }

    @Test
    void signed_out_visitors_get_nothing() {
        navigate(WithdrawHelperView.route(helpId), Div.class);
        assertThat($(WithdrawHelperView.class).exists()).isFalse();
        assertThat($(PageHeading.class).single().getText()).doesNotContain("王芳");
        navigate(MyHelpersView.ROUTE, Div.class);
        assertThat($(MyHelpersView.class).exists()).isFalse();
    }
}
