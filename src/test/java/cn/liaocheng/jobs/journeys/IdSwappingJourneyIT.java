package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Changing the id in the address: another applicant, and a visitor who is not signed in, try the addresses of
 * someone else's sent application, draft and 代办 pages. Every one shows the friendly page a wrong address shows
 * (or, for pages only for signed-in people, the sign-in page) and nothing of the other person: no name, no answer,
 * no reference.
 */
class IdSwappingJourneyIT extends ApplicantJourneyBase {

    private static final String VICTIM = "赵玉珍";
    private static final String HELPED = "赵德厚";
    private static final String TOWNSHIP = "燕店镇后王庄村";
    private static final String LAST_JOB = "在燕店镇的棉纺厂当过挡车工";

    @Autowired TestAccounts testAccounts;

    @Test
    void another_applicant_and_a_signed_out_visitor_who_change_the_id_in_the_address_see_only_the_not_found_page() {
        // The victim: a profile, one sent application, one draft, and a person she helps.
        var victimPhone = newPhone11();
        register(victimPhone, VICTIM);
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        selectOption("profile-county", "莘县");
        fill("profile-township", TOWNSHIP);
        choose("profile-household", "农村户口");
        choose("profile-education", "高中、中专或职高");
        choose("profile-contact", "发短信");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForPortal();

        long sent = startApplication("shenxian-greenhouse-vegetables");
        continueTo("background");
        continueTo("experience");
        choose("q-worked-before", "是");
        fill("q-last-job", LAST_JOB);
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
        var reference = page.locator("#reference").innerText().strip();

        long draft = startApplication("dongchangfu-gourd-growing");
        continueTo("background");
        continueTo("experience");
        choose("q-worked-before", "是");
        fill("q-last-job", LAST_JOB);
        page.locator("#save-later").click();
        waitForPage("applications");

        followLinkTo("/helping/add");
        waitForPage("helping/add");
        fill("add-name", HELPED);
        choose("add-relationship", "女儿");
        fill("add-phone", newPhone11());
        page.locator("#add-continue").click();
        page.waitForURL(Pattern.compile(".*/helping/\\d+/consent$"));
        waitForPortal();
        var helpId = Long.parseLong(page.url().replaceAll(".*/helping/(\\d+)/consent$", "$1"));

        // The owner does see them there: the checks below look for text that these addresses really hold.
        open("/applications/" + sent);
        assertThat(page.locator("main").innerText()).contains(LAST_JOB, reference, TOWNSHIP);

        List<String> secrets = List.of(VICTIM, HELPED, TOWNSHIP, LAST_JOB, reference);
        List<String> applicationAddresses = List.of(
                "/applications/" + sent, "/applications/" + sent + "/confirmation", "/applications/" + sent + "/check",
                "/applications/" + draft, "/applications/" + draft + "/step/where",
                "/applications/" + draft + "/step/experience", "/applications/" + draft + "/check",
                "/applications/" + draft + "/confirmation");
        List<String> helpingAddresses = List.of("/helping/" + helpId + "/consent",
                "/profile/helpers/" + helpId + "/withdraw");

        // Another applicant, signed in, on a fresh phone.
        var soft = new SoftAssertions();
        freshPhone();
        var other = testAccounts.applicant("钱多多");
        signIn(other.phoneNumber());
        var everything = new ArrayList<>(applicationAddresses);
        everything.addAll(helpingAddresses);
        for (var address : everything) {
            assertRevealsNothing(address, NOT_FOUND, secrets, soft);
        }

        // A stranger asks to help the victim, typing her real name and phone number. Until she agrees, the stranger
        // gets nothing of hers: her applications are not listed, and their addresses say "not found".
        freshPhone();
        var stranger = testAccounts.applicant("孙小美");
        signIn(stranger.phoneNumber());
        open("/helping/add");
        fill("add-name", VICTIM);
        choose("add-relationship", "其他");
        fill("add-phone", victimPhone);
        page.locator("#add-continue").click();
        page.waitForURL(Pattern.compile(".*/helping/\\d+/consent$"));
        waitForPortal();
        open("/applications");
        soft.assertThat(page.locator("main").innerText()).as("the stranger's 我的申请")
                .doesNotContain(reference, TOWNSHIP, LAST_JOB, "蔬菜大棚种植技术班", "葫芦种植技术班");
        for (var address : everything) {
            assertRevealsNothing(address, NOT_FOUND, secrets, soft);
        }

        // Signed out: the applications say "not found"; the 代办 pages first ask to sign in.
        freshPhone();
        for (var address : applicationAddresses) {
            assertRevealsNothing(address, NOT_FOUND, secrets, soft);
        }
        for (var address : helpingAddresses) {
            assertRevealsNothing(address, "登录", secrets, soft);
        }
        soft.assertAll();
    }

    /** 在线申请 for a sample course; returns the new application's id, on its first step. */
    private long startApplication(String slug) {
        followLinkTo("/apply/" + slug);
        page.waitForFunction("() => document.querySelector('h1') && document.querySelector('h1').textContent.startsWith('在线申请')");
        waitForVaadin();
        page.locator("#start").click();
        waitForStep("where");
        return applicationIdInAddress();
    }

    private void freshPhone() {
        context.close();
        context = newPhone();
        page = context.newPage();
    }

    private void assertRevealsNothing(String address, String heading, List<String> secrets, SoftAssertions soft) {
        open(address);
        soft.assertThat(h1Text()).as("h1 at %s", address).isEqualTo(heading);
        var text = page.locator("body").innerText() + " " + page.title();
        for (var secret : secrets) {
            soft.assertThat(text).as("page at %s", address).doesNotContain(secret);
        }
        soft.assertThat(page.content()).as("HTML at %s", address).doesNotContain(LAST_JOB).doesNotContain(VICTIM);
    }
}
