package cn.liaocheng.jobs.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 我的数据: reading, downloading and deleting what is stored. */
@SpringBootTest
class MyDataViewTests extends SpringBrowserlessTest {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired ProfileService profiles;
    @Autowired HelpingService helping;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void everything_stored_is_listed_masked_with_a_download_and_a_way_to_delete() {
        var user = accounts.applicant("李明");
        people.self(user);
        TestAccounts.signIn(user);

        navigate(MyDataView.ROUTE, MyDataView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("我的数据");
        var text = $(MyDataView.class).single().getElement().getTextRecursively();
        assertThat(text).containsPattern("3715\\*{10}[0-9X]{4}").contains("无台阶、轮椅能进的场地", "同意保存残疾和健康信息的时间");
        var download = $(Anchor.class).id("profile-download");
        assertThat(download.getText()).isEqualTo("下载我的数据（文本文件）");
        assertThat(download.getHref()).isNotBlank().doesNotContain("3715");
        assertThat($(Anchor.class).id("profile-delete-link").getHref()).isEqualTo(DeleteDataView.ROUTE);
    }

    @Test
    void the_downloaded_file_holds_the_data_and_the_helpers_with_numbers_masked() {
        var father = accounts.applicant("王建国");
        var person = people.self(father);
        people.addHelper(person.personId(), accounts.applicant("王芳"), Relationship.DAUGHTER, true);
        TestAccounts.signIn(father);
        navigate(MyDataView.ROUTE, MyDataView.class);

        var file = MyDataExport.text($(MyDataView.class).single(), profiles.ownProfile().orElseThrow(),
                helping.myHelpers(), ZoneId.of("Asia/Shanghai"));

        assertThat(file).contains("姓名：王建国", "残疾类别和等级：肢体残疾，四级", "- 王芳 (女儿)：TA 本人已用手机验证码同意")
                .containsPattern("身份证号：3715\\*{10}[0-9X]{4}\n").containsPattern("残疾人证号：3715\\*{10}[0-9X]{4}44\n");
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

        assertThat($(MyDataView.class).exists()).isTrue();
        assertThat($(Notice.class).single().getText()).isEqualTo("您的残疾和健康信息已经删除，同意也已撤回。");
        var details = profiles.ownProfile().orElseThrow();
        assertThat(details.hasSensitiveConsent()).isFalse();
        assertThat(details.maskedResidentId()).isEmpty();
        assertThat(details.supportNeeds()).isEmpty();
        assertThat($(Anchor.class).withId("profile-delete-link").exists()).isFalse();
    }

    @Test
    void someone_with_nothing_stored_is_told_so() {
        TestAccounts.signIn(accounts.applicant("李明"));

        navigate(MyDataView.ROUTE, MyDataView.class);

        assertThat($(Paragraph.class).withText("我们还没有保存您的资料。").exists()).isTrue();
        assertThat($(Anchor.class).withId("profile-download").exists()).isFalse();
    }

    @Test
    void signed_out_visitors_get_neither_the_data_nor_the_delete_page() {
        navigate(MyDataView.ROUTE, Div.class);
        assertThat($(MyDataView.class).exists()).isFalse();
        navigate(DeleteDataView.ROUTE, Div.class);
        assertThat($(DeleteDataView.class).exists()).isFalse();
    }
}
