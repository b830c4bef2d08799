package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The session ends while a person is in the middle of a form, and nothing typed is lost. Exactly the portal settings
 * of {@link SessionTimeoutJourneyIT} (idle timeout 40 s, warning 20 s before, heartbeat every 5 s), so Spring reuses
 * that portal instead of starting another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false",
                "portal.session.idle-timeout=40s", "portal.session.warning-before=20s", "vaadin.heartbeatInterval=5"})
class TimeoutKeepsDraftJourneyIT extends ApplicantJourneyBase {

    private static final String TYPED = "在镇上的饭店洗过两年碗，后来在家";

    @Autowired TestAccounts testAccounts;

    @Test
    void the_session_ends_in_the_middle_of_a_form_and_after_signing_in_again_the_typing_is_still_there() {
        var user = testAccounts.applicant("孙桂兰");
        signIn(user.phoneNumber());
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        selectOption("profile-county", "冠县");
        fill("profile-township", "柳林镇");
        choose("profile-household", "农村户口");
        choose("profile-education", "小学或没上过学");
        choose("profile-contact", "打电话");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForPortal();

        followLinkTo("/apply/guanxian-pear-orchard");
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");
        continueTo("experience");
        choose("q-worked-before", "是");
        page.locator("#q-last-job textarea").click();
        page.keyboard().type(TYPED);

        // Then nothing: the warning comes, nobody answers it, and the session ends.
        page.locator("dialog#idle-warning[open]").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        page.waitForURL("**/sign-in?expired", new Page.WaitForURLOptions().setTimeout(60_000));
        waitForPortal();
        assertThat(page.locator(".notice").innerText()).isEqualTo("为了安全，您已自动退出。已填写的内容已保存为草稿。");

        typeSignIn(user.phoneNumber());
        followLinkTo("/applications");
        waitForHeading("我的申请");
        var draft = page.locator("li.application-card").filter(new Locator.FilterOptions().setHasText("梨树管理技术班"));
        draft.locator("a.button-link").click();
        waitForStep("experience");
        assertThat(page.locator("#q-worked-before vaadin-radio-button[checked]").innerText().strip()).isEqualTo("是");
        assertThat(valueOf("q-last-job")).isEqualTo(TYPED);
    }
}
