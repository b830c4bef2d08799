package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.shared.PhoneNumber;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A catalogue editor end to end, on a 360 px phone: the sample city administrator (13800000001) signs in, opens
 * 项目管理, writes a new 东阿县 course, previews it, saves the draft and publishes it; the course then appears in the
 * public course list and at its own address. Each page is checked with axe in normal and care mode, and must not
 * scroll sideways.
 */
class OfferEditorJourneyIT extends JourneyTestBase {

    private static final String ADMINISTRATOR = "13800000001";
    private static final String SAMPLE_STAFF_PASSWORD = "Liaocheng-staff-2026";

    @Autowired LoggingVerificationChannel sms;

    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void a_city_administrator_publishes_a_course_that_then_appears_in_the_public_course_list() {
        open("/sign-in");
        fill("sign-in-phone", ADMINISTRATOR);
        fill("sign-in-password", SAMPLE_STAFF_PASSWORD);
        page.locator("#sign-in-submit").click();
        page.locator("#second-factor-heading").waitFor();
        waitForVaadin();
        page.locator("#send-code").click();
        page.locator(".code-status .notice").waitFor();
        fill("second-factor-code", sms.latestCodeFor(new PhoneNumber(ADMINISTRATOR)));
        page.locator("#second-factor-submit").click();
        page.waitForURL(Pattern.compile(".*/staff$"));
        waitForPortal();

        page.locator("#staff-task-offers").click();
        waitForHeading("项目管理");
        checkPage("/staff/offers", "项目管理");
        page.locator("#offer-new-courses").click();
        waitForHeading("新建培训课程");
        checkPage("/staff/offers/new?kind=courses", "新建培训课程");

        var title = "东阿县 电商客服培训 " + TestOffers.uniqueToken();
        choose("offer-subtype", "职业技能培训");
        choose("offer-county", "东阿县");
        fill("offer-title-zh", title);
        fillArea("offer-summary-zh", "面向肢体残疾人的电商客服培训，结业后推荐就业。");
        fillArea("offer-details-zh", "共 20 天，每天上午上课，下午实操。");
        fill("offer-provider-zh", "东阿县残联");
        fill("offer-plan-measure", "（十）1");
        page.locator("#offer-applications-close-on .date-part-year input").fill("2099");
        page.locator("#offer-applications-close-on .date-part-month input").fill("12");
        page.locator("#offer-applications-close-on .date-part-day input").fill("31");
        fill("offer-seats-total", "25");
        page.locator("#offer-suitable-for vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("肢体残疾"))
                .locator("label").click();
        fillArea("offer-eligibility-zh", "持证残疾人，16 至 59 岁");
        fill("offer-venue-zh", "东阿县残疾人综合服务中心三楼");
        page.locator("#offer-accessibility vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("无障碍通道"))
                .locator("label").click();
        fillArea("offer-how-to-apply-zh", "在网上报名，或带残疾人证到县残联报名。");
        fill("offer-lead-department-zh", "县残联");
        fill("offer-contact-name-zh", "李老师");
        fill("offer-contact-phone", "0635-3281234");

        page.locator("#offer-preview-button").click();
        page.locator("#offer-preview").waitFor();
        waitForVaadin();
        assertThat(page.locator("#offer-preview").innerText()).contains(title, "还剩 25 个名额（共 25 个）", "0635-3281234");
        axe(false, "the preview");

        page.locator("#offer-save").click();
        waitForHeading("编辑：" + title);
        assertThat(page.locator("#offer-state").innerText()).isEqualTo("状态：草稿 · 培训课程");
        page.locator("#offer-publish").click();
        page.locator("#offer-edit-done").filter(new Locator.FilterOptions().setHasText("项目已发布")).waitFor();
        page.waitForFunction("() => document.getElementById('live-region').innerText.includes('项目已发布')");
        var editPath = "/" + page.url().replaceFirst("^https?://[^/]+/", "").replaceFirst("\\?.*$", "");
        checkPage(editPath, "编辑：" + title);

        var token = title.substring(title.lastIndexOf(' ') + 1);
        open("/courses?q=" + token);
        var card = page.locator(".offer-card").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(card.count()).isEqualTo(1);
        assertThat(card.innerText()).contains("东阿县", "还剩 25 个名额（共 25 个）").doesNotContain("示例数据");
        checkPage("/courses?q=" + token, "培训课程");
        card.locator("h3 a").click();
        waitForHeading(title);
        var detailPath = "/" + page.url().replaceFirst("^https?://[^/]+/", "");
        assertThat(page.locator("#apply-online").count()).isEqualTo(1);
        checkPage(detailPath, title);
        soft.assertAll();
    }

    private void fill(String id, String text) {
        page.locator("input#" + id + ", #" + id + " input").first().fill(text);
    }

    private void fillArea(String id, String text) {
        page.locator("#" + id + " textarea").first().fill(text);
    }

    private void choose(String id, String item) {
        page.locator("#" + id).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*" + item + "\\s*$"))).first().click();
        page.waitForFunction("() => !document.querySelector('vaadin-select[opened]')");
    }

    private void waitForHeading(String heading) {
        page.waitForFunction("h => { const h1 = document.querySelector('h1'); return h1 && h1.textContent.trim() === h; }",
                heading);
        waitForVaadin();
    }

    /** Opens the page in normal and care mode at 360 px: one h1, axe clean, no sideways scrolling. */
    private void checkPage(String path, String heading) {
        for (boolean care : List.of(false, true)) {
            open(path + (path.contains("?") ? "&" : "?") + "care=" + (care ? "1" : "0"));
            waitForCareMode(care);
            soft.assertThat(h1Text()).as("h1 of %s", path).isEqualTo(heading);
            soft.assertThat(page.locator("h1").count()).as("h1 count on %s", path).isEqualTo(1);
            axe(care, path + (care ? ", care mode" : ""));
            Map<String, Object> widths = afterLayout(
                    "() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth})");
            soft.assertThat(((Number) widths.get("scroll")).intValue())
                    .as("scrollWidth of %s%s", path, care ? " (care)" : "")
                    .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
        }
        open(path + (path.contains("?") ? "&" : "?") + "care=0");
        waitForCareMode(false);
    }

    private void axe(boolean care, String where) {
        try {
            assertNoAxeViolations(care);
        } catch (AssertionError violations) {
            soft.fail(where + ": " + violations.getMessage());
        }
    }
}
