package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Deleting the disability and health data, from its confirmation page back to 我的数据. */
@SpringBootTest
class DeleteDataViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired ProfileService profiles;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void deleting_asks_first_says_what_happens_to_applications_and_then_removes_the_data_at_once() {
        var user = accounts.applicant("李明");
        people.self(user);
        TestAccounts.signIn(user);
        navigate(DeleteDataView.ROUTE, DeleteDataView.class);
        assertThat($(Paragraph.class).withTextContaining("已经提交的申请不会删除").exists()).isTrue();
        assertThat(profiles.ownProfile().orElseThrow().hasSensitiveConsent()).as("nothing happens before confirming")
                .isTrue();

        test($(Button.class).id("profile-delete-confirm")).click();

        assertThat($(PageHeading.class).single().getText()).isEqualTo("我的数据");
        assertThat($(Notice.class).withText("您的残疾和健康信息已经删除，同意也已撤回。").exists()).isTrue();
        var details = profiles.ownProfile().orElseThrow();
        assertThat(details.hasSensitiveConsent()).isFalse();
        assertThat(details.maskedResidentId()).isEmpty();
        assertThat(details.supportNeeds()).isEmpty();
        assertThat($(Anchor.class).withId("profile-delete-link").exists()).isFalse();
    }

    @Test
    void signed_out_visitors_do_not_get_the_delete_page() {
        navigate(DeleteDataView.ROUTE, Div.class);
        assertThat($(DeleteDataView.class).exists()).isFalse();
    }
}
