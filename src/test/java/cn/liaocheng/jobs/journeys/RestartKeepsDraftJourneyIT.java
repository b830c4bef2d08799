package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.JobsPortalApplication;
import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A draft typed halfway survives a restart of the portal. This class starts its own portal twice, on the same port and
 * the same data directory (the embedded PostgreSQL keeps its files there, as {@code ./mvnw spring-boot:run} does
 * in ./data), and stops it in between: what the browser then finds can only have come from the database on disk.
 */
class RestartKeepsDraftJourneyIT extends ApplicantJourneyBase {

    private static final String TYPED = "在县城的超市做过理货员，干了一年半";

    @TempDir
    static Path dataDirectory;
    private static int restartedPort;
    private static ConfigurableApplicationContext portal;

    @BeforeAll
    static void startOwnPortal() throws IOException {
        try (var socket = new ServerSocket(0)) {
            restartedPort = socket.getLocalPort();
        }
        portal = start();
    }

    @AfterAll
    static void stopOwnPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(JobsPortalApplication.class)
                .profiles("sample")
                .run("--server.port=" + restartedPort,
                        "--portal.embedded-postgres.data-directory=" + dataDirectory.resolve("postgres"),
                        "--portal.documents.directory=" + dataDirectory.resolve("documents"),
                        "--vaadin.productionMode=true", "--vaadin.devmode.devTools.enabled=false",
                        "--spring.jmx.enabled=false");
    }

    @Override
    int portalPort() {
        return restartedPort;
    }

    @Override
    ApplicationContext portalContext() {
        return portal;
    }

    @Override
    LoggingVerificationChannel verificationChannel() {
        return portal.getBean(LoggingVerificationChannel.class);
    }

    /** What the portal has stored for the draft, asked of its service as the applicant (answers are encrypted at rest). */
    private static String storedLastJob(PortalUser owner, long applicationId) {
        TestAccounts.signIn(owner);
        try {
            return portal.getBean(ApplicationService.class).find(applicationId)
                    .map(details -> details.application().answers().text("last-job")).orElse("");
        } finally {
            TestAccounts.signOut();
        }
    }

    @Test
    void a_draft_typed_halfway_is_still_there_after_the_portal_is_restarted() {
        var user = portal.getBean(TestAccounts.class).applicant("周淑芬");
        signIn(user.phoneNumber());
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        selectOption("profile-county", "阳谷县");
        fill("profile-township", "石佛镇");
        choose("profile-household", "农村户口");
        choose("profile-education", "初中");
        choose("profile-contact", "发短信");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForPortal();

        followLinkTo("/apply/yanggu-poultry-raising");
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");
        continueTo("experience");
        long id = applicationIdInAddress();
        choose("q-worked-before", "是");
        page.locator("#q-last-job textarea").click();
        page.keyboard().type(TYPED);
        // The page saves while typing (the first characters at once, the rest within 5 seconds, with the time shown
        // next to the buttons). The restart comes after that: waited for in what the portal has stored.
        page.locator(".draft-status").filter(new Locator.FilterOptions().setHasText("草稿已保存")).waitFor();
        page.waitForCondition(() -> TYPED.equals(storedLastJob(user, id)), new Page.WaitForConditionOptions().setTimeout(15_000));

        portal.close();
        portal = start();

        // The same phone, the same address: the session is gone, the draft is not.
        open("/applications");
        assertThat(h1Text()).isEqualTo("登录");
        typeSignIn(user.phoneNumber());
        followLinkTo("/applications");
        waitForHeading("我的申请");
        var draft = page.locator("li.application-card").filter(new Locator.FilterOptions().setHasText("养鸡技术班"));
        assertThat(draft.innerText()).contains("草稿");
        draft.locator("a.button-link").click();
        waitForStep("experience");
        assertThat(applicationIdInAddress()).isEqualTo(id);
        assertThat(page.locator("#q-worked-before vaadin-radio-button[checked]").innerText().strip()).isEqualTo("是");
        assertThat(valueOf("q-last-job")).isEqualTo(TYPED);
    }
}
