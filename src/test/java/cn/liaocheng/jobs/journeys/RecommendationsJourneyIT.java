package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.recommendations.TestAssessments;
import com.microsoft.playwright.BrowserContext;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From the 职业能力评估 to 为您推荐, end to end and by keyboard alone: a 莘县 person's assessment application is
 * approved; the person's 为您推荐 explains the assessment and links to applying; the 莘县 caseworker (13800000002) presses
 * 办结 with nothing ticked and reads the error summary, then ticks what the assessment found and completes it; the staff
 * page lists the matching offers; the person follows 我的申请 → 为您推荐 to the best match, whose reasons say why. Axe in
 * normal and care mode on each page.
 */
class RecommendationsJourneyIT extends ApplicantJourneyBase {

    private static final String SHENXIAN_CASEWORKER = "13800000002";

    @Autowired TestAssessments assessments;

    private BrowserContext staffDesktop;

    @AfterEach
    void closeTheStaffDesktop() {
        if (staffDesktop != null) {
            staffDesktop.close();
        }
    }

    @Test
    void the_caseworker_records_the_assessment_and_the_person_sees_matching_offers_with_reasons() {
        var course = assessments.massageCourse();
        var approved = assessments.approved("杨光");
        var phone = approved.applicant().phoneNumber();
        var title = course.title().zh();

        // The person, on a phone, before the 办结: what the assessment is, and where to apply for one.
        var personPage = page;
        signIn(phone);
        open("/recommendations");
        assertThat(h1Text()).isEqualTo("为您推荐");
        assertThat(page.locator("#recommendations-empty").innerText()).contains("还没有评估结果", "职业能力评估");
        assertThat(page.locator("#recommendations-apply").getAttribute("href")).contains("type=assessment");
        assertNoAxeViolationsInBothModes();

        // The caseworker, at a desktop, keyboard only: 办结 with nothing ticked, then with the findings.
        staffDesktop = newPhone();
        page = staffDesktop.newPage();
        page.setViewportSize(1280, 800);
        staffSignIn(SHENXIAN_CASEWORKER);
        var path = "/staff/applications/" + approved.applicationId();
        open(path);
        assertThat(page.locator("#review-status").innerText()).isEqualTo("当前状态：已通过");
        tabTo("办结", "e.id === 'action-complete'");
        page.keyboard().press("Enter");
        page.locator(".error-summary li").first().waitFor();
        waitForVaadin();
        assertThat(page.locator(".error-summary").innerText()).contains("请至少勾选一项评估显示的能力或本人的兴趣",
                "请至少勾选一个建议的就业方向");
        assertNoAxeViolationsInBothModes();
        tabTo("按摩推拿", checkbox("assessment-abilities", "按摩推拿"));
        page.keyboard().press("Space");
        tabTo("盲文或大字材料", checkbox("assessment-support", "盲文或大字材料"));
        page.keyboard().press("Space");
        tabTo("参加培训", checkbox("assessment-directions", "参加培训"));
        page.keyboard().press("Space");
        waitForVaadin();
        tabTo("办结", "e.id === 'action-complete'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.getElementById('review-status')?.textContent.trim() === '当前状态：已完成'");
        waitForVaadin();
        assertThat(page.locator("#staff-recommendations-said").innerText()).contains("按摩推拿", "参加培训");
        assertThat(page.locator("#staff-recommendations-list").innerText()).contains(title, "因为评估显示您擅长按摩推拿");
        assertNoAxeViolationsInBothModes();
        WhatAPersonSees.screenshots(page, "recommendations-staff-1280");

        // The person: 我的申请 → 为您推荐 → the best match, by keyboard.
        page = personPage;
        open("/applications");
        waitForHeading("我的申请");
        tabTo("为您推荐", "e.id === 'my-recommendations'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/recommendations$"));
        waitForHeading("为您推荐");
        var first = page.locator("#recommendations-list li.recommendation-card")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title));
        assertThat(first.innerText()).contains(title, "推荐理由：", "因为评估显示您擅长按摩推拿", "因为评估建议您参加培训",
                "此项提供盲文或大字材料", "就在莘县");
        assertThat(page.locator("#recommendations-said").innerText()).contains("评估结果", "按摩推拿");
        assertNoAxeViolationsInBothModes();
        switchCareMode(true);
        WhatAPersonSees.screenshots(page, "recommendations-care-360");
        switchCareMode(false);
        tabTo(title, "e.matches('a') && e.textContent.trim() === " + quoted(title));
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/offers/" + Pattern.quote(course.slug()) + "$"));
        waitForHeading(title);
    }

    private static String checkbox(String groupId, String label) {
        return "e.matches('input') && e.closest('#" + groupId + "') && e.closest('vaadin-checkbox')"
                + ".textContent.trim() === " + quoted(label);
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
