package cn.liaocheng.jobs.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.FromAddress;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.TestRateLimitTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone who knows 王芳's phone number tries passwords on their own phone, on another network, until the portal
 * makes them wait. 王芳, on her own phone, signs in at once with her password: the stranger has locked out only
 * themselves. The pauses between tries are skipped on the limits' clock instead of waited for.
 */
class StrangersWrongPasswordsJourneyIT extends ApplicantJourneyBase {

    @Autowired TestAccounts testAccounts;
    @Autowired TestRateLimitTime time;

    private String errorSummaryText() {
        return page.locator(".error-summary").innerText();
    }

    @Test
    void a_strangers_wrong_passwords_from_another_network_do_not_stop_the_person_signing_in_on_her_own_phone() {
        var person = testAccounts.applicant("王芳");
        var own = page;
        var strangersPhone = newPhone(FromAddress.unique());
        try {
            page = strangersPhone.newPage();
            open("/sign-in");
            for (int i = 1; i <= 7; i++) {
                fill("sign-in-phone", person.phoneNumber());
                fill("sign-in-password", "猜一个密码" + i);
                page.locator("#sign-in-submit").click();
                waitForVaadin();
                time.skip(Duration.ofSeconds(31));
            }
            assertThat(errorSummaryText()).contains("账户已暂时锁定");
            assertNoAxeViolations(false);
        } finally {
            page = own;
            strangersPhone.close();
        }

        open("/sign-in");
        assertThat(h1Text()).isEqualTo("登录");
        assertNoAxeViolations(false);
        typeSignIn(person.phoneNumber());
        assertThat(page.url()).endsWith("/profile");
        assertThat(h1Text()).isEqualTo("我的资料");
        assertNoAxeViolations(false);
    }
}
