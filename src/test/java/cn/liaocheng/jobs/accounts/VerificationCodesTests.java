package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes.CheckOutcome;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.accounts.VerificationCodes.SendOutcome;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class VerificationCodesTests {

    @Autowired VerificationCodes codes;
    @Autowired LoggingVerificationChannel sentCodes;
    @Autowired JdbcClient jdbc;
    @Autowired TestRateLimitTime time;

    private final PhoneNumber phone = TestAccounts.uniquePhone();

    private String send() {
        assertThat(codes.send(phone, Purpose.HELPER_CONSENT, Delivery.VOICE_CALL)).isInstanceOf(SendOutcome.Sent.class);
        return sentCodes.latestCodeFor(phone);
    }

    /** As if the person waited a minute before asking again (on the limits' clock). */
    private void waitAMinute() {
        time.skip(Duration.ofSeconds(61));
    }

    @Test
    void a_code_confirms_once_and_only_for_its_purpose() {
        var code = send();

        assertThat(codes.check(phone, Purpose.SIGN_UP, code)).isInstanceOf(CheckOutcome.NeedsNewCode.class);
        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, code)).isInstanceOf(CheckOutcome.Confirmed.class);
        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, code)).isInstanceOf(CheckOutcome.NeedsNewCode.class);
    }

    @Test
    void full_width_digits_and_spaces_from_a_chinese_keyboard_are_accepted() {
        var code = send();
        var typed = code.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);

        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, " " + typed.substring(0, 3) + " " + typed.substring(3)))
                .isInstanceOf(CheckOutcome.Confirmed.class);
    }

    @Test
    void five_wrong_tries_use_the_code_up() {
        var code = send();
        var wrong = code.equals("999999") ? "888888" : "999999";

        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, wrong)).isEqualTo(new CheckOutcome.Wrong(4));
        for (int i = 0; i < 3; i++) {
            codes.check(phone, Purpose.HELPER_CONSENT, wrong);
        }
        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, wrong)).isInstanceOf(CheckOutcome.NeedsNewCode.class);
        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, code)).isInstanceOf(CheckOutcome.NeedsNewCode.class);
    }

    @Test
    void an_expired_code_needs_a_new_one() {
        var code = send();
        jdbc.sql("update accounts_verification_code set expires_at = now() - interval '1 second' where phone_number = ?")
                .param(phone.value()).update();

        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, code)).isInstanceOf(CheckOutcome.NeedsNewCode.class);
    }

    @Test
    void a_new_code_waits_a_minute_and_replaces_the_old_one() {
        var first = send();
        var again = codes.send(phone, Purpose.HELPER_CONSENT, Delivery.SMS);
        assertThat(again).isInstanceOf(SendOutcome.TooSoon.class);
        assertThat(codes.justSent((SendOutcome.TooSoon) again)).isTrue();

        waitAMinute();
        var second = send();

        if (!first.equals(second)) {
            assertThat(codes.check(phone, Purpose.HELPER_CONSENT, first)).isInstanceOf(CheckOutcome.Wrong.class);
        }
        assertThat(codes.check(phone, Purpose.HELPER_CONSENT, second)).isInstanceOf(CheckOutcome.Confirmed.class);
    }

    @Test
    void at_most_five_codes_an_hour() {
        for (int i = 0; i < 5; i++) {
            send();
            waitAMinute();
        }

        var refused = codes.send(phone, Purpose.HELPER_CONSENT, Delivery.SMS);
        assertThat(refused).isInstanceOf(SendOutcome.TooSoon.class);
        assertThat(codes.justSent((SendOutcome.TooSoon) refused)).as("a limit, not just a minute").isFalse();
    }

    @Test
    void only_a_keyed_hash_of_the_code_is_stored() {
        var code = send();

        var stored = jdbc.sql("select code_hash from accounts_verification_code where phone_number = ?")
                .param(phone.value()).query(String.class).single();
        assertThat(stored).doesNotContain(code);
    }
}
