package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.TestRateLimitTime;
import cn.liaocheng.jobs.shared.PhoneNumber;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the journeys of a person with an account share: registering with the code "from the SMS", signing in, and
 * filling Vaadin fields the way a person does (typing into the field, clicking a radio button by its label).
 * Fields are found by the ids the views give them; options by the text a person reads.
 */
abstract class ApplicantJourneyBase extends JourneyTestBase {

    static final String NOT_FOUND = "找不到这个页面";

    /** The sample staff's password (README: demo staff, {@code portal.sample.staff-password}). */
    static final String SAMPLE_STAFF_PASSWORD = "Liaocheng-staff-2026";

    @Autowired LoggingVerificationChannel sharedPortalChannel;
    @Autowired TestRateLimitTime rateLimitTime;

    /** Where the portal driven by this class "sends" its text messages. */
    LoggingVerificationChannel verificationChannel() {
        return sharedPortalChannel;
    }

    /** The code the phone received, as the person reads it from the SMS. */
    String codeSentTo(String phone) {
        return verificationChannel().latestCodeFor(new PhoneNumber(phone));
    }

    static String newPhone11() {
        return TestAccounts.uniquePhone().value();
    }

    /** Registers with a new phone number and lands on 我的资料, signed in. */
    void register(String phone, String name) {
        open("/register");
        assertThat(h1Text()).isEqualTo("注册");
        fill("register-phone", phone);
        page.locator("#send-code").click();
        page.waitForFunction("() => document.querySelector('.code-status').textContent.trim().length > 0");
        fill("register-code", codeSentTo(phone));
        fill("register-name", name);
        fill("register-password", TestAccounts.PASSWORD);
        page.locator("#register-submit").click();
        page.waitForURL(Pattern.compile(".*/profile$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo("我的资料");
    }

    /** A sample staff member signs in with the password and the code sent to the phone, and lands on 工作台. */
    void staffSignIn(String phone) {
        open("/sign-in");
        fill("sign-in-phone", phone);
        fill("sign-in-password", SAMPLE_STAFF_PASSWORD);
        page.locator("#sign-in-submit").click();
        page.locator("#second-factor-heading").waitFor();
        waitForVaadin();
        // Another journey may have asked a code for the same sample number a moment ago (one code a minute).
        rateLimitTime.skip(Duration.ofSeconds(61));
        page.locator("#send-code").click();
        page.locator(".code-status .notice").waitFor();
        fill("second-factor-code", codeSentTo(phone));
        page.locator("#second-factor-submit").click();
        page.waitForURL(Pattern.compile(".*/staff$"));
        waitForPortal();
        assertThat(h1Text()).isEqualTo("工作台");
    }

    void signIn(String phone) {
        open("/sign-in");
        typeSignIn(phone);
    }

    /** On the sign-in page already: phone, password, 登录; waits for the page it leads to. */
    void typeSignIn(String phone) {
        fill("sign-in-phone", phone);
        fill("sign-in-password", TestAccounts.PASSWORD);
        page.locator("#sign-in-submit").click();
        page.waitForURL(url -> !url.contains("/sign-in"));
        waitForPortal();
    }

    /** Types into a text field, text area or password field found by the component's id. */
    void fill(String id, String text) {
        field(id).fill(text);
    }

    String valueOf(String id) {
        return field(id).inputValue();
    }

    /** The box of a Vaadin field (its input inside the element with the id) or the browser's own (the id's). */
    private Locator field(String id) {
        return page.locator("input#" + id + ", #" + id + " input, #" + id + " textarea").first();
    }

    /** Clicks the option of a radio button group whose label reads exactly {@code label}. */
    void choose(String groupId, String label) {
        // The label, as a finger taps it: the middle of a full-width option can be empty space.
        option(groupId, "vaadin-radio-button", label).locator("label").click();
        page.waitForFunction("([g, l]) => [...document.querySelectorAll('#' + g + ' vaadin-radio-button')]"
                + ".some(r => r.checked && r.textContent.trim() === l)", new Object[] {groupId, label});
    }

    void tick(String checkboxId) {
        page.locator("#" + checkboxId + " input").check();
        waitForVaadin();
    }

    void selectOption(String selectId, String label) {
        page.locator("#" + selectId).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(exactly(label))).first().click();
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened]')");
        waitForVaadin();
    }

    private Locator option(String groupId, String tag, String label) {
        return page.locator("#" + groupId + " " + tag).filter(new Locator.FilterOptions().setHasText(exactly(label))).first();
    }

    static Pattern exactly(String text) {
        // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting: escape by hand.
        return Pattern.compile("^\\s*" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$");
    }

    /** Waits until the page's h1 reads {@code heading} and Vaadin is idle. */
    void waitForHeading(String heading) {
        page.waitForFunction("h => { const h1 = document.querySelector('h1'); return h1 && h1.textContent.trim() === h; }", heading);
        waitForVaadin();
    }

    /** Waits until the address is {@code path} (without query) and the page is rendered. */
    void waitForPage(String path) {
        page.waitForURL(Pattern.compile(".*/" + Pattern.quote(path) + "(\\?.*)?$"));
        waitForPortal();
    }

    /** 保存并继续, then waits for the step (or 检查您的回答 for "check") and the focus on its h1. */
    void continueTo(String stepOrCheck) {
        pressContinue();
        waitForStep(stepOrCheck);
    }

    /**
     * One press of 保存并继续. Not a plain {@code click()}: when the press is answered before Playwright has finished
     * its own checks, the old button is gone, and Playwright clicks again whatever {@code #continue} it finds next,
     * the next step's button (seen on a busy machine: the next step opened with its error summary). A forced click
     * presses once, with real mouse events, after the button is visible and enabled.
     */
    void pressContinue() {
        var button = page.locator("#continue");
        button.waitFor();
        page.waitForCondition(button::isEnabled);
        button.click(new Locator.ClickOptions().setForce(true));
    }

    void waitForStep(String stepOrCheck) {
        page.waitForURL(Pattern.compile(".*/applications/\\d+/"
                + ("check".equals(stepOrCheck) ? "check" : "step/" + Pattern.quote(stepOrCheck)) + "(\\?.*)?$"));
        waitForPortal();
        page.waitForFunction("() => document.activeElement === document.querySelector('h1')");
    }

    /** The application id in the current address. */
    long applicationIdInAddress() {
        var matcher = Pattern.compile("/applications/(\\d+)").matcher(page.url());
        assertThat(matcher.find()).as("application id in %s", page.url()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** A 1x1 PNG, what a phone's camera photo is to the portal: recognised by its first bytes. */
    static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** 选择文件 of a document question, a photo chosen, and waits until the page shows it as uploaded. */
    void uploadPhoto(String questionId, String fileName) {
        var chooser = page.waitForFileChooser(() -> page.locator("#" + questionId + " .document-upload-choose").click());
        chooser.setFiles(new FilePayload(fileName, "image/png", PHOTO));
        page.locator("#" + questionId + " .document-upload-file").filter(new Locator.FilterOptions().setHasText(fileName)).waitFor();
        waitForVaadin();
    }

    /** Axe on the page as it is now in the current mode, then in the other mode, then back. */
    void assertNoAxeViolationsInBothModes() {
        boolean care = htmlHasClass("lc-care");
        assertNoAxeViolations(care);
        switchCareMode(!care);
        assertNoAxeViolations(!care);
        switchCareMode(care);
    }

    void switchCareMode(boolean on) {
        page.locator("#care-toggle").click();
        waitForCareMode(on);
        waitForVaadin();
    }

    /** A resident ID of someone born in 莘县 with a valid check character; unique enough for one test run. */
    static String residentId() {
        var random = ThreadLocalRandom.current();
        var body = "371522" + (1960 + random.nextInt(40)) + String.format("%02d%02d%03d",
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        for (char candidate : "0123456789X".toCharArray()) {
            var number = body + candidate;
            int sum = 0;
            for (int i = 0; i < number.length(); i++) {
                sum = (sum * 2 + (number.charAt(i) == 'X' ? 10 : number.charAt(i) - '0')) % 11;
            }
            if (sum == 1) {
                return number;
            }
        }
        throw new AssertionError("every body has one check character");
    }
}
