package cn.liaocheng.jobs.personaldata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.personaldata.TestFamilies;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 我的数据: an overview of every part, the two downloads, and the ways to delete. */
@SpringBootTest
class MyDataViewTests extends SpringBrowserlessTest {

    @Autowired TestFamilies families;
    @Autowired TestAccounts accounts;
    @Autowired cn.liaocheng.jobs.bankreferrals.TestReferrals referrals;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void every_part_is_summed_up_with_both_downloads_and_both_ways_to_delete() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());

        navigate(MyDataView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("我的数据");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("我的数据 - 聊城残疾人就业服务");
        assertThat($(H2.class).from($(MyDataView.class).single()).all()).extracting(H2::getText).containsExactly("账户", "我的资料", "申请", "上传的文件",
                "代办", "通知和短信", "农业银行保存的推荐信息", "下载一份", "删除残疾和健康信息", "删除我的账户");
        var text = $(MyDataView.class).single().getElement().getTextRecursively();
        assertThat(text).containsPattern("3715\\*{10}[0-9X]{4}").contains("您自己的申请和草稿：3 份。",
                "您帮别人办的申请和草稿：2 份", "爸爸的残疾人证.png", "没用上的照片.png", "帮您办事的人：1 位",
                "您帮助的人：2 位", "没有推荐给农业银行的贷款申请。").doesNotContain(family.me().phoneNumber(), "妈妈的残疾人证");
        var zip = $(Anchor.class).id("download-package");
        var txt = $(Anchor.class).id("download-text");
        assertThat(zip.getText()).isEqualTo("下载全部（ZIP 压缩包）");
        assertThat(txt.getText()).isEqualTo("只下载文字版（TXT）");
        // The addresses are Vaadin's own: no name, number or id of the person in them.
        assertThat(zip.getHref()).matches("VAADIN/dynamic/resource/\\d+/[0-9a-f-]{36}/");
        assertThat(txt.getHref()).matches("VAADIN/dynamic/resource/\\d+/[0-9a-f-]{36}/");
        assertThat($(Notice.class).withTextContaining("证件照片上还有完整的证件号码").exists()).isTrue();
        assertThat($(Anchor.class).id("profile-delete-link").getHref()).isEqualTo("profile/data/delete");
        assertThat($(Anchor.class).id("delete-account-link").getHref()).isEqualTo(DeleteAccountView.ROUTE);
    }

    @Test
    void a_referred_person_reads_what_the_bank_holds() {
        var referred = referrals.approvedReferral();
        TestAccounts.signIn(referred.applicant());

        navigate(MyDataView.class);

        assertThat($(com.vaadin.flow.component.Component.class).id("my-data-bank").getElement().getTextRecursively())
                .contains("LC-", "已推荐，等待农行受理", "银行记录了 1 步");
    }

    @Test
    void an_account_without_a_profile_sees_its_account_and_can_still_download_and_delete() {
        TestAccounts.signIn(accounts.applicant("李明"));

        navigate(MyDataView.class);

        assertThat($(Paragraph.class).withText("您还没有填写我的资料。").exists()).isTrue();
        assertThat($(Paragraph.class).withText("现在没有保存您的残疾和健康信息，不需要删除。").exists()).isTrue();
        assertThat($(Anchor.class).withId("download-package").exists()).isTrue();
        assertThat($(Anchor.class).withId("delete-account-link").exists()).isTrue();
    }

    @Test
    void after_deleting_the_sensitive_part_it_says_so() {
        TestAccounts.signIn(accounts.applicant("李明"));

        navigate(MyDataView.class);
        UI.getCurrent().navigate(MyDataView.ROUTE, QueryParameters.of(MyDataView.DELETED, "1"));

        assertThat($(Notice.class).withText("您的残疾和健康信息已经删除，同意也已撤回。").exists()).isTrue();
    }

    @Test
    void signed_out_visitors_get_neither_the_data_nor_the_delete_page() {
        navigate(MyDataView.ROUTE, Div.class);
        assertThat($(MyDataView.class).exists()).isFalse();
        navigate(DeleteAccountView.ROUTE, Div.class);
        assertThat($(DeleteAccountView.class).exists()).isFalse();
    }
}
