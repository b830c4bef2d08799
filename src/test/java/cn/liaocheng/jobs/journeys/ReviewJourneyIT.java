package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Review end to end, with the sample profile's staff: an applicant submits a 莘县 course application; the 莘县
 * caseworker (13800000002) signs in with password and code on a desktop, finds it in 待办申请 by its reference,
 * 开始审核, asks for more information; the applicant reads the message on a phone, answers and sends it again; the
 * caseworker 通过 and 办结 with the training outcome; the applicant sees 已通过 / 已完成 and the notifications. A 东阿县
 * caseworker opening the same address gets the not-found page. The staff pages are checked at 360 px and 1280 px,
 * with axe in normal and care mode.
 */
class ReviewJourneyIT extends ApplicantJourneyBase {

    private static final String SHENXIAN_CASEWORKER = "13800000002";
    private static final String DONGE_CASEWORKER = "13800000003";
    private static final String COURSE_SLUG = "shenxian-special-school-skills-class";
    private static final String COURSE = "特教学校手工和洗车技能班";
    private static final String ASKED = "请上传残疾人证照片，或在“还有别的需要吗”里写明证件号码的办理情况";
    private static final String ANSWERED = "残疾人证在换证，下周一拿到新证后带到县残联";


    private final SoftAssertions soft = new SoftAssertions();
    private BrowserContext applicantPhone;
    private Page applicant;
    private BrowserContext staffDesktop;
    private Page staff;

    @AfterEach
    void closeTheOtherDevices() {
        for (var device : java.util.Arrays.asList(applicantPhone, staffDesktop)) {
            if (device != null && device != context) {
                device.close();
            }
        }
    }

    @Test
    void a_caseworker_asks_for_more_information_approves_and_completes_and_the_applicant_sees_each_step() {
        // The applicant, on a phone: registers, fills 我的资料 (莘县) and applies for a 莘县 course.
        applicantPhone = context;
        applicant = page;
        var phone = newPhone11();
        var residentId = residentId();
        register(phone, "刘小红");
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        tick("profile-consent");
        page.locator("#profile-id").waitFor();
        fill("profile-id", residentId);
        fill("profile-certificate", residentId + "42");
        selectOption("profile-county", "莘县");
        page.locator("#profile-derived").waitFor();
        fill("profile-township", "莘州街道");
        choose("profile-household", "城镇户口");
        choose("profile-education", "初中");
        choose("profile-contact", "发短信");
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForHeading("我的资料");
        followLinkTo("/offers/" + COURSE_SLUG);
        waitForHeading(COURSE);
        page.locator("#apply-online").click();
        waitForHeading("在线申请：" + COURSE);
        page.locator("#start").click();
        waitForStep("where");
        continueTo("background");
        continueTo("experience");
        choose("q-worked-before", "否");
        continueTo("goal");
        choose("q-training-goal", "找工作");
        continueTo("support");
        continueTo("contact");
        continueTo("check");
        page.locator("#submit").click();
        page.waitForURL(Pattern.compile(".*/applications/\\d+/confirmation$"));
        waitForHeading("申请已提交");
        long applicationId = applicationIdInAddress();
        var reference = page.locator("#reference").innerText().strip();
        assertThat(reference).matches("LC-\\d{4}-\\d{6}");

        // The 莘县 caseworker, at a desktop: password and code, 工作台, 待办申请, the application by its reference.
        useStaffDesktop(newPhone());
        staffSignIn(SHENXIAN_CASEWORKER);
        page.locator("#staff-task-queue").click();
        waitForHeading("待办申请");
        selectOption("queue-filter-offer", COURSE);
        page.locator("#queue-filter-apply").click();
        page.waitForURL(Pattern.compile(".*/staff/queue\\?.*offer=" + COURSE_SLUG + ".*"));
        waitForPortal();
        var row = page.locator("#queue-table tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(row.innerText()).contains("刘小红", "莘州街道", "已提交", "未分配").doesNotContain(phone);
        checkPage(page.url().replaceFirst("^https?://[^/]+", "").replaceAll("&?care=[01]", ""), "待办申请");
        row = page.locator("#queue-table tbody tr").filter(new Locator.FilterOptions().setHasText(reference));
        row.locator("a.queue-reference").click();
        page.waitForURL(Pattern.compile(".*/staff/applications/" + applicationId + "$"));
        waitForHeading("申请 " + reference);
        assertThat(status()).isEqualTo("当前状态：已提交");
        assertThat(page.locator("main").innerText()).as("the ID number masked").doesNotContain(residentId);
        var applicationPath = "/staff/applications/" + applicationId;
        checkPage(applicationPath, "申请 " + reference);
        WhatAPersonSees.screenshots(page, "review-submitted-1280");

        act("#action-start", "审核中");
        assertThat(page.locator("#live-region").innerText()).contains("审核中");
        checkPage(applicationPath, "申请 " + reference);
        WhatAPersonSees.screenshots(page, "review-in-review-1280");
        page.setViewportSize(360, 780);
        WhatAPersonSees.screenshots(page, "review-in-review-360");
        page.setViewportSize(1280, 800);
        fill("more-info-message", ASKED);
        act("#action-more-info", "需补充材料");
        checkPage(applicationPath, "申请 " + reference);

        // The applicant reads what is missing, answers it in the same application and sends it again.
        useApplicantPhone();
        followLinkTo("/applications");
        waitForHeading("我的申请");
        assertThat(page.locator(".notifications").innerText()).contains(reference, "需补充材料");
        var card = page.locator("li.application-card").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(card.innerText()).contains("需补充材料");
        card.locator("h3 a").click();
        page.waitForURL(Pattern.compile(".*/applications/" + applicationId + "$"));
        waitForPortal();
        assertThat(page.locator(".application-status").innerText()).contains("需补充材料");
        assertThat(page.locator("#more-info").innerText()).contains(ASKED);
        assertNoAxeViolationsInBothModes();
        page.locator("#answer-more-info").click();
        waitForStep("check");
        page.locator("a.change-link[href*='step/support']").first().click();
        waitForStep("support");
        fill("q-other-needs", ANSWERED);
        continueTo("check");
        page.locator("#submit").click();
        page.waitForURL(Pattern.compile(".*/applications/" + applicationId + "/confirmation$"));
        waitForPortal();

        // The caseworker sees the answer, 通过, then 办结 with the training outcome.
        useStaffDesktop(null);
        open(applicationPath);
        assertThat(status()).isEqualTo("当前状态：审核中");
        assertThat(page.locator("#review-answers").innerText()).contains(ANSWERED);
        act("#action-approve", "已通过");
        checkPage(applicationPath, "申请 " + reference);
        WhatAPersonSees.screenshots(page, "review-approved-1280");
        tick("outcome-enrolled");
        act("#action-complete", "已完成");
        assertThat(page.locator("#review-actions").innerText()).contains("这份申请已办结");
        assertThat(page.locator("#review-history").innerText()).contains("需补充材料", ASKED, "已通过", "已完成");
        assertThat(page.locator("#review-audit").innerText()).contains("莘县残联 张老师（示例）");
        checkPage(applicationPath, "申请 " + reference);

        // The applicant: 已通过 and 已完成 in the notifications, on the card and in the history.
        useApplicantPhone();
        open("/applications");
        waitForHeading("我的申请");
        var news = page.locator(".notifications").innerText();
        assertThat(news).contains(reference, "已通过", "已完成");
        assertThat(page.locator("li.application-card").filter(new Locator.FilterOptions().setHasText(reference))
                .innerText()).contains("已完成");
        open("/applications/" + applicationId);
        assertThat(page.locator(".application-status").innerText()).contains("已完成");
        assertThat(page.locator(".timeline").innerText()).contains("已通过", "已完成", ASKED);
        assertNoAxeViolationsInBothModes();

        // For the applicant, signed in, no staff address exists: the not-found page and 404 on the first request.
        for (var address : List.of("/staff", "/staff/queue", applicationPath, "/staff/accounts", "/bank")) {
            var answer = page.navigate(url(address));
            waitForPortal();
            soft.assertThat(answer.status()).as("status of %s for the applicant", address).isEqualTo(404);
            soft.assertThat(h1Text()).as("h1 of %s for the applicant", address).isEqualTo(NOT_FOUND);
        }

        // A 东阿县 caseworker: the same address does not exist for them, with a 404 on the first request.
        useStaffDesktop(newPhone());
        staffSignIn(DONGE_CASEWORKER);
        var response = page.navigate(url(applicationPath));
        waitForPortal();
        assertThat(response.status()).isEqualTo(404);
        assertThat(h1Text()).isEqualTo(NOT_FOUND);
        assertThat(page.locator("main").innerText()).doesNotContain(reference, "刘小红");
        soft.assertAll();
    }

    /** Presses an action button and waits until the page shows the new state (focus goes to the status line). */
    private void act(String button, String newStatus) {
        page.locator(button).click();
        page.waitForFunction("s => document.getElementById('review-status')?.textContent.trim() === '当前状态：' + s",
                newStatus);
        waitForVaadin();
        assertThat(focusMatches("e.id === 'review-status'")).as("focus after %s (%s)", button, focusedElement()).isTrue();
    }

    private String status() {
        return page.locator("#review-status").innerText().strip();
    }

    /** Switches to the staff member's desktop (a new one when given one), 1280 px wide. */
    private void useStaffDesktop(BrowserContext fresh) {
        if (fresh != null) {
            if (staffDesktop != null) {
                staffDesktop.close();
            }
            staffDesktop = fresh;
            staff = fresh.newPage();
            staff.setViewportSize(1280, 800);
        }
        context = staffDesktop;
        page = staff;
    }

    private void useApplicantPhone() {
        context = applicantPhone;
        page = applicant;
    }

    /** Staff sign-in: password, then the code of the second step "from the phone"; lands on 工作台. */
    /**
     * The page at {@code path} in normal and care mode, at 360 px and 1280 px: one h1, axe clean with what a person
     * sees (first screen, care-mode text size), no sideways scrolling; then back to 1280 px, normal mode.
     */
    private void checkPage(String path, String heading) {
        var separator = path.contains("?") ? "&" : "?";
        for (boolean care : List.of(false, true)) {
            for (int width : List.of(360, 1280)) {
                page.setViewportSize(width, width == 360 ? 780 : 800);
                open(path + separator + "care=" + (care ? "1" : "0"));
                waitForCareMode(care);
                soft.assertThat(h1Text()).as("h1 of %s", path).isEqualTo(heading);
                soft.assertThat(page.locator("h1").count()).as("h1 count on %s", path).isEqualTo(1);
                try {
                    assertNoAxeViolations(care);
                } catch (AssertionError violations) {
                    soft.fail(path + " at " + width + " px" + (care ? ", care mode" : "") + ": " + violations.getMessage());
                }
                Map<String, Object> widths = afterLayout(
                        "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})");
                soft.assertThat(((Number) widths.get("scroll")).intValue())
                        .as("scrollWidth of %s at %d px%s", path, width, care ? " (care)" : "")
                        .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
            }
        }
        page.setViewportSize(1280, 800);
        open(path + separator + "care=0");
        waitForCareMode(false);
    }
}
