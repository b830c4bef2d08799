package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * PIPL art. 45 and 47 on a 360 px phone: a person who applied once opens 我的数据, downloads everything (the ZIP
 * with the readable copy, data.json and nothing personal in the address) and the text copy alone, then deletes the
 * account from 我的账户, lands on the page that says so, signed out, and cannot sign in again. Axe in normal and care mode on each
 * new page; screenshots of them go to {@code target/journey-screenshots} for people to look at.
 */
class MyDataJourneyIT extends ApplicantJourneyBase {

    private static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");

    @Test
    void a_person_downloads_all_their_data_and_then_deletes_their_account() throws IOException {
        var phone = newPhone11();
        var id = residentId();
        register(phone, "孙秀兰");
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        tick("profile-consent");
        page.locator("#profile-id").waitFor();
        fill("profile-id", id);
        fill("profile-certificate", id + "42");
        selectOption("profile-county", "莘县");
        page.locator("#profile-derived").waitFor();
        fill("profile-township", "燕店镇");
        choose("profile-household", "农村户口");
        choose("profile-education", "初中");
        choose("profile-contact", "发短信");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForPortal();
        var reference = applyForGreenhouseTraining();

        // 我的数据, from 我的资料 where people look for it.
        followLinkTo("/profile");
        waitForHeading("我的资料");
        page.locator(".profile-links a").filter(new Locator.FilterOptions().setHasText(exactly("我的数据"))).click();
        waitForHeading("我的数据");
        var overview = page.locator("main").innerText();
        assertThat(overview).contains("孙秀兰", "您自己的申请和草稿：1 份。").doesNotContain(id, phone);
        assertNoAxeViolationsInBothModes();
        screenshots("my-data");

        var zip = page.waitForDownload(() -> page.locator("#download-package").click());
        assertThat(zip.url()).doesNotContain(id).doesNotContain(phone).doesNotContain("孙秀兰");
        assertThat(zip.suggestedFilename()).isEqualTo("liaocheng-my-data.zip");
        var entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("我的数据.txt", "data.json");
        var text = new String(entries.get("我的数据.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("称呼：孙秀兰", reference, "燕店镇", "您的申请已提交，编号 " + reference)
                .containsPattern("身份证号：" + id.substring(0, 4) + "\\*{10}" + id.substring(14) + "\n")
                .doesNotContain(id);
        assertThat(new String(entries.get("data.json"), StandardCharsets.UTF_8))
                .contains("\"format\" : \"liaocheng-jobs-portal/my-data/1\"", reference).doesNotContain(id);

        var txt = page.waitForDownload(() -> page.locator("#download-text").click());
        assertThat(txt.suggestedFilename()).isEqualTo("liaocheng-my-data.txt");
        assertThat(Files.readString(txt.path(), StandardCharsets.UTF_8)).startsWith("聊城残疾人就业服务 — 我的数据")
                .contains(reference);

        // Deleting the account, from 我的账户 in the header's 菜单, where people look for it: what goes, what stays,
        // then one button. (我的数据 links to the same page.)
        assertThat(page.locator("#delete-account-link").getAttribute("href")).isEqualTo("account/delete");
        openMenu();
        page.locator("#account-link").click();
        waitForHeading("我的账户");
        screenshots("my-account");
        page.locator("#account-delete").click();
        waitForHeading("删除我的账户");
        assertThat(page.locator("#delete-account-kept").innerText()).contains("您已经提交的 1 份申请会保留")
                .containsPattern("保存到 \\d{4} 年底，然后删除");
        assertNoAxeViolationsInBothModes();
        screenshots("delete-account");
        page.locator("#delete-account-confirm").click();
        page.waitForURL(Pattern.compile(".*/account/deleted$"));
        waitForHeading("您的账户已经删除");
        openMenu();
        assertThat(page.locator("#sign-in-link").isVisible()).as("signed out").isTrue();
        closeMenu();
        assertNoAxeViolationsInBothModes();
        screenshots("account-deleted");

        // The account is gone: the same phone and password no longer sign in, and 我的数据 asks to sign in.
        open("/sign-in");
        fill("sign-in-phone", phone);
        fill("sign-in-password", TestAccounts.PASSWORD);
        page.locator("#sign-in-submit").click();
        page.locator(".error-summary").waitFor();
        assertThat(page.url()).contains("/sign-in");
        open("/profile/data");
        assertThat(h1Text()).isEqualTo("登录");
    }

    /** The short way through the greenhouse-vegetables course in 莘县; returns the reference. */
    private String applyForGreenhouseTraining() {
        followLinkTo("/apply/shenxian-greenhouse-vegetables");
        page.waitForFunction("() => document.querySelector('h1') && document.querySelector('h1').textContent.startsWith('在线申请')");
        waitForVaadin();
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");
        continueTo("experience");
        choose("q-worked-before", "否");
        continueTo("farming");
        choose("q-farm-land", "否");
        continueTo("goal");
        choose("q-training-goal", "自己创业");
        continueTo("support");
        continueTo("contact");
        continueTo("check");
        page.locator("#submit").click();
        page.waitForURL(Pattern.compile(".*/applications/\\d+/confirmation$"));
        waitForPortal();
        return page.locator("#reference").innerText().strip();
    }

    private static Map<String, byte[]> unzip(Download download) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var zip = new ZipInputStream(Files.newInputStream(download.path()), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * The whole page in normal and in care mode, one phone screen (360x780) per file, for people to look at; leaves
     * the mode as it was.
     */
    private void screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        boolean care = htmlHasClass("lc-care");
        screens(name + (care ? "-care" : ""));
        switchCareMode(!care);
        screens(name + (care ? "" : "-care"));
        switchCareMode(care);
    }

    private void screens(String name) {
        double height = ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
        for (int i = 0; i * 780 < height; i++) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setClip(0, i * 780, 360, Math.min(780, height - i * 780))
                    .setPath(SCREENSHOTS.resolve(String.format("%s-%02d.png", name, i + 1))));
        }
    }
}
