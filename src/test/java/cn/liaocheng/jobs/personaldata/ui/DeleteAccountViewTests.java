package cn.liaocheng.jobs.personaldata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.personaldata.TestFamilies;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/** The confirmation page before deleting the account, and the page after. */
@SpringBootTest
class DeleteAccountViewTests extends SpringBrowserlessTest {

    @Autowired TestFamilies families;
    @Autowired TestAccounts accounts;
    @Autowired AccountService accountService;
    @Autowired java.time.Clock clock;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_page_says_what_goes_what_stays_until_which_year_and_why_and_nothing_happens_before_the_button() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());

        navigate(DeleteAccountView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("删除我的账户");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("删除我的账户 - 聊城残疾人就业服务");
        assertThat($(H2.class).from($(DeleteAccountView.class).single()).all()).extracting(H2::getText).containsExactly("会删除的", "会保留的");
        int until = LocalDate.now(clock).getYear() + 5;
        assertThat($(Paragraph.class).id("delete-account-kept").getText())
                .isEqualTo("您已经提交的 2 份申请会保留，连同里面填写的内容、用到的文件、办理记录、已经发给您的短信，还有您的姓名。"
                        + "这些会保存到 " + until + " 年底，然后删除。");
        assertThat($(Paragraph.class).withTextContaining("为什么要保留").exists()).isTrue();
        assertThat($(Anchor.class).id("delete-account-download-first").getHref()).isEqualTo(MyDataView.ROUTE);
        assertThat(accountService.find(family.me().accountId())).as("nothing before the button").isPresent();
    }

    @Test
    void someone_who_sent_nothing_is_told_that_nothing_is_kept() {
        TestAccounts.signIn(accounts.applicant("李明"));

        navigate(DeleteAccountView.class);

        assertThat($(Paragraph.class).withText("您没有已经提交的申请，所以什么都不会保留。").exists()).isTrue();
    }

    @Test
    void the_button_deletes_the_account_and_ends_the_sign_in() {
        var user = accounts.applicant("李明");
        TestAccounts.signIn(user);
        navigate(DeleteAccountView.class);

        test($(Button.class).id("delete-account-confirm")).click();

        assertThat(accountService.find(user.accountId())).isEmpty();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat($(Announcer.class).single().message()).isEqualTo("您的账户已经删除");
    }

    @Test
    void the_page_after_says_it_is_done_to_anyone_signed_out_and_names_nobody() {
        navigate(AccountDeletedView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("您的账户已经删除");
        assertThat($(Paragraph.class).withTextContaining("同一个手机号重新注册").exists()).isTrue();
        assertThat($(Anchor.class).id("account-deleted-home").getHref()).isEqualTo(".");
    }
}
