package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Applying online on a 360 px phone, from registering to the confirmation: (1) a rural resident in 关怀版 care mode,
 * the step pages with the keyboard alone; (2) a daughter for her father, who confirms with the code his phone
 * receives and then sees the application in his own account. Axe (normal and care mode) runs on every kind of page
 * met on the way that the other journeys do not cover.
 */
class ApplyOnlineJourneyIT extends ApplicantJourneyBase {

    @Test
    void a_rural_resident_registers_fills_the_profile_with_consent_and_applies_for_farming_training_in_care_mode() {
        var phone = newPhone11();
        var id = residentId();
        open("/?care=1");
        waitForCareMode(true);

        register(phone, "李秀英");
        assertThat(htmlHasClass("lc-care")).as("care mode kept after registering").isTrue();
        assertNoAxeViolationsInBothModes();

        // 我的资料, with the consent for the ID and certificate numbers.
        page.locator("#profile-start").click();
        waitForHeading("填写我的资料");
        assertThat(valueOf("profile-name")).isEqualTo("李秀英");
        tick("profile-consent");
        page.locator("#profile-id").waitFor();
        fill("profile-id", id);
        fill("profile-certificate", id + "42");
        selectOption("profile-county", "莘县");
        page.locator("#profile-derived").waitFor();
        fill("profile-township", "古城镇");
        choose("profile-household", "农村户口");
        choose("profile-education", "初中");
        choose("profile-contact", "打电话");
        assertNoAxeViolationsInBothModes();
        page.locator("#profile-save").click();
        page.waitForURL(Pattern.compile(".*/profile\\?saved=1$"));
        waitForHeading("我的资料");
        var profile = page.locator("main").innerText();
        assertThat(profile).contains("莘县 古城镇", "农村户口", "打电话").doesNotContain(id);
        assertNoAxeViolationsInBothModes();

        // The course list, filtered to 莘县 and rural residents, and an agricultural course in it.
        followLinkTo("/courses");
        waitForHeading("培训课程");
        // Each choice applies at once (no 查找): the list and the address follow it.
        page.locator("#filter-county").selectOption(new SelectOption().setLabel("莘县"));
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$)).*"));
        waitForPortal();
        page.getByLabel("只看适合农村居民的").check();
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$))(?=(.*&)?rural=1(&|$)).*"));
        waitForPortal();
        page.getByLabel("只看现在可以报名的").check();
        page.waitForURL(Pattern.compile(".*/courses\\?(?=(.*&)?county=shenxian(&|$))(?=(.*&)?rural=1(&|$))(?=(.*&)?open=1(&|$)).*"));
        waitForPortal();
        var course = page.locator("li.offer-card").filter(new Locator.FilterOptions().setHasText("农村实用技术培训")).first();
        var courseTitle = course.locator("h3 a").innerText().strip();
        course.locator("h3 a").click();
        waitForHeading(courseTitle);
        page.locator("#apply-online").click();
        waitForHeading("在线申请：" + courseTitle);
        assertNoAxeViolationsInBothModes();
        assertThat(page.locator("#for-whom vaadin-radio-button[checked]").innerText()).contains("我自己（李秀英）");
        page.locator("#start").click();
        waitForStep("where");

        // From here on the keyboard alone: Tab, Space, typing, Enter.
        assertThat(page.locator(".step-indicator").innerText()).isEqualTo("第 1 步，共 7 步");
        assertThat(valueOf("q-township")).as("township from the profile").isEqualTo("古城镇");
        assertThat(page.locator("#q-county vaadin-radio-button[checked]").innerText().strip()).isEqualTo("莘县");
        assertNoAxeViolationsInBothModes();
        pressContinue("background");
        assertThat(page.locator("#q-education vaadin-radio-button[checked]").innerText().strip()).isEqualTo("初中");
        pressContinue("experience");

        // A deliberate mistake: 继续 without answering. The error summary takes the focus and names the question.
        tabTo("保存并继续", "e.id === 'continue'");
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.classList.contains('error-summary')");
        assertThat(page.locator(".error-summary").innerText()).contains("以前工作过吗？");
        assertThat(page.title()).startsWith("错误：");
        assertNoAxeViolationsInBothModes();
        tabTo("the first option of 以前工作过吗？", "e.closest('#q-worked-before') && e.matches('input')");
        page.keyboard().press("Space");
        page.locator("#q-last-job").waitFor();
        tabTo("做过什么工作？", "e.closest('#q-last-job') && e.matches('textarea')");
        page.keyboard().type("在村里的砖厂干过三年");
        pressContinue("farming");
        assertThat(page.locator(".error-summary").isVisible()).isFalse();

        tabTo("the first option of 家里有地吗？", "e.closest('#q-farm-land') && e.matches('input')");
        page.keyboard().press("Space");
        page.locator("#q-farm-land-mu").waitFor();
        tabTo("有多少亩？", "e.closest('#q-farm-land-mu') && e.matches('input')");
        page.keyboard().type("6");
        tabTo("种什么、养什么？", "e.closest('#q-crops') && e.matches('input')");
        page.keyboard().type("大棚蔬菜");
        pressContinue("goal");
        tabTo("the first option of 学完以后您想做什么？", "e.closest('#q-training-goal') && e.matches('input')");
        page.keyboard().press("Space");
        pressContinue("support");
        pressContinue("contact");
        assertThat(valueOf("q-phone")).as("phone from the account").isEqualTo(phone);
        pressContinue("check");

        assertThat(h1Text()).isEqualTo("检查您的回答");
        assertThat(page.locator("main").innerText()).contains("在村里的砖厂干过三年", "大棚蔬菜", "古城镇", "找工作");
        assertNoAxeViolationsInBothModes();
        tabTo("提交申请", "e.id === 'submit'");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/applications/\\d+/confirmation$"));
        waitForHeading("申请已提交");
        page.waitForFunction("() => document.activeElement === document.querySelector('h1')");
        var reference = page.locator("#reference").innerText().strip();
        assertThat(reference).matches("LC-\\d{4}-\\d{6}");
        assertThat(htmlHasClass("lc-care")).as("still in care mode at the end").isTrue();
        assertNoAxeViolationsInBothModes();

        tabTo("查看我的申请", "e.matches('a') && e.textContent.trim() === '查看我的申请'");
        page.keyboard().press("Enter");
        waitForHeading("我的申请");
        page.waitForFunction("() => document.activeElement === document.querySelector('h1')");
        var card = page.locator("li.application-card").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(card.count()).isEqualTo(1);
        assertThat(card.innerText()).contains(courseTitle, "为自己申请");
        assertNoAxeViolationsInBothModes();
    }

    @Test
    void a_daughter_applies_for_a_guaranteed_loan_for_her_father_who_confirms_by_code_and_sees_it() {
        var daughterPhone = newPhone11();
        var fatherPhone = newPhone11();
        register(daughterPhone, "张丽");

        // 代办: add the father, then his consent with the code his phone receives.
        followLinkTo("/helping");
        waitForHeading("代办");
        assertNoAxeViolationsInBothModes();
        page.locator("#helping-add").click();
        waitForPage("helping/add");
        fill("add-name", "张建国");
        choose("add-relationship", "女儿");
        fill("add-phone", fatherPhone);
        assertNoAxeViolationsInBothModes();
        page.locator("#add-continue").click();
        page.waitForURL(Pattern.compile(".*/helping/\\d+/consent$"));
        waitForPortal();
        assertThat(h1Text()).contains("张建国");
        assertNoAxeViolationsInBothModes();
        page.locator("#consent-send").click();
        page.locator("#consent-sent").waitFor();
        fill("consent-code", codeSentTo(fatherPhone));
        page.locator("#consent-confirm").click();
        page.waitForURL(Pattern.compile(".*/helping\\?confirmed=1$"));
        waitForPortal();
        assertThat(page.locator("main").innerText()).contains("张建国");

        // The loan, applied for on his behalf.
        followLinkTo("/offers/citywide-guaranteed-startup-loan");
        var loan = "残疾人创业担保贷款";
        waitForHeading(loan);
        page.locator("#apply-online").click();
        waitForHeading("在线申请：" + loan);
        choose("for-whom", "张建国（由我代办）");
        page.locator("#start").click();
        waitForStep("where");
        assertThat(page.locator(".application-caption").innerText()).contains("为 张建国 申请");
        choose("q-county", "东昌府区");
        fill("q-township", "柳园街道");
        choose("q-household", "城镇户口");
        continueTo("amount");
        fill("q-loan-amount", "50000");
        continueTo("purpose");
        choose("q-loan-purpose", "买设备");
        fill("q-loan-purpose-detail", "买两台缝纫机");
        continueTo("plan");
        fill("q-business-plan", "在家门口开一个修鞋和改衣服的小铺");
        continueTo("registered");
        choose("q-business-registered", "否");
        continueTo("certificate");
        uploadPhoto("q-certificate-photo", "父亲的残疾人证.png");
        assertNoAxeViolationsInBothModes();
        continueTo("contact");
        assertThat(valueOf("q-phone")).as("phone of the father").isEqualTo(fatherPhone);
        choose("q-contact-preference", "打电话");
        continueTo("check");
        page.locator("#submit").click();
        page.waitForURL(Pattern.compile(".*/applications/\\d+/confirmation$"));
        waitForHeading("申请已提交");
        var reference = page.locator("#reference").innerText().strip();
        assertThat(page.locator("main").innerText()).contains("由 张丽(女儿) 代为提交");

        // The father registers with his own phone on his own phone and finds it.
        var daughters = context;
        context = newPhone();
        page = context.newPage();
        daughters.close();
        register(fatherPhone, "张建国");
        followLinkTo("/applications");
        waitForHeading("我的申请");
        var card = page.locator("li.application-card").filter(new Locator.FilterOptions().setHasText(reference));
        assertThat(card.innerText()).contains(loan, "由 张丽(女儿) 代为提交");
        card.locator("h3 a").click();
        page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
        waitForPortal();
        assertThat(h1Text()).contains(loan);
        assertThat(page.locator(".submitted-by").innerText()).isEqualTo("由 张丽(女儿) 代为提交");
        assertThat(page.locator("main").innerText()).contains(reference, "在家门口开一个修鞋和改衣服的小铺");
        assertNoAxeViolationsInBothModes();
    }

    /** Tab to 保存并继续 and press Enter; waits for the next step with the focus on its h1. */
    private void pressContinue(String next) {
        tabTo("保存并继续", "e.id === 'continue'");
        page.keyboard().press("Enter");
        waitForStep(next);
    }
}
