package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.bankreferrals.TestReferrals;
import com.microsoft.playwright.Locator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 残联推荐，农行办贷 end to end on the bank's side: an ABC referral the DPF approved (submitted and decided through the
 * services here; the caseworker's screens have a journey of their own) reaches the loan officer's queue; the officer
 * signs in with password and a code, records 已受理 and then 已放款 with amount and date; the applicant sees both steps
 * on the application and in the notifications. The bank's pages pass axe at 360 px and 1280 px in both modes.
 */
class BankReferralJourneyIT extends ApplicantJourneyBase {

    private static final String LOAN_OFFICER = "13800000004";

    @Autowired TestReferrals referrals;
    @Autowired ApplicationService applications;
    @Autowired Clock clock;

    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void the_loan_officer_accepts_and_disburses_an_approved_referral_and_the_applicant_sees_each_step() {
        var approved = referrals.approvedReferral();
        TestAccounts.signIn(approved.applicant());
        var reference = applications.find(approved.applicationId()).orElseThrow().application().reference();
        TestAccounts.signOut();

        // The loan officer: password, then the code sent to the phone.
        staffSignIn(LOAN_OFFICER);

        page.locator("#staff-task-bank").click();
        waitForHeading("农行推荐名单");
        checkPage("/bank", "农行推荐名单");
        var link = page.locator("#bank-referrals a").filter(new Locator.FilterOptions()
                .setHasText(exactly(reference)));
        assertThat(link.count()).as("the referral %s in the bank's queue", reference).isEqualTo(1);
        var referralPath = "/" + link.getAttribute("href");
        link.click();
        waitForHeading("贷款推荐 " + reference);
        checkPage(referralPath, "贷款推荐 " + reference);

        page.locator("#bank-accept").click();
        page.waitForFunction("() => document.getElementById('live-region').textContent.includes('已记录')");
        soft.assertThat(page.locator("#live-region").innerText()).contains("已受理");
        page.locator("#bank-disburse").waitFor();

        var today = LocalDate.now(clock);
        fill("bank-amount", "50000");
        page.locator("#bank-paid-on .date-part-year input").fill(String.valueOf(today.getYear()));
        page.locator("#bank-paid-on .date-part-month input").fill(String.valueOf(today.getMonthValue()));
        page.locator("#bank-paid-on .date-part-day input").fill(String.valueOf(today.getDayOfMonth()));
        page.locator("#bank-disburse").click();
        page.waitForFunction("() => document.getElementById('live-region').textContent.includes('放款')");
        soft.assertThat(page.locator("#bank-steps").innerText()).contains("已受理").contains("50,000").contains(today.toString());
        checkPage(referralPath, "贷款推荐 " + reference);

        // The applicant, on their own phone: both steps in the application's history, and told of them.
        context.close();
        context = newPhone();
        page = context.newPage();
        signIn(approved.applicant().phoneNumber());
        open("/applications/" + approved.applicationId());
        waitForPortal();
        var history = page.locator("ol.timeline").innerText();
        soft.assertThat(history).as("the application's history").contains("农行已受理", "农行已放款", "¥50,000");
        assertNoAxeViolationsInBothModes();
        soft.assertAll();
    }

    /** The page in normal and care mode at 360 px and 1280 px: one h1, axe clean, no sideways scrolling. */
    private void checkPage(String path, String heading) {
        for (boolean care : List.of(false, true)) {
            for (int width : List.of(360, 1280)) {
                page.setViewportSize(width, width == 360 ? 780 : 800);
                open(path + "?care=" + (care ? "1" : "0"));
                waitForCareMode(care);
                soft.assertThat(h1Text()).as("h1 of %s", path).isEqualTo(heading);
                try {
                    assertNoAxeViolations(care);
                } catch (AssertionError violations) {
                    soft.fail(path + " at " + width + " px" + (care ? ", care mode" : "") + ": " + violations.getMessage());
                }
                var scroll = ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
                soft.assertThat(scroll).as("sideways scrolling on %s at %d px", path, width).isLessThanOrEqualTo(0);
            }
        }
        page.setViewportSize(360, 780);
        open(path + "?care=0");
        waitForCareMode(false);
    }
}
