package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes.Attempt;
import cn.liaocheng.jobs.accounts.VerificationCodes.CheckOutcome;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.accounts.VerificationCodes.SendOutcome;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The code limits as strangers meet them, with client addresses set as the portal reads them from requests. */
@SpringBootTest
class CodeLimitsTests {

    @Autowired VerificationCodes codes;
    @Autowired LoggingVerificationChannel sentCodes;
    @Autowired TestRateLimitTime time;
    @Autowired RateLimits rateLimits;
    @Autowired CurrentClient currentClient;

    private final PhoneNumber phone = TestAccounts.uniquePhone();

    private SendOutcome send(String address, PhoneNumber to) {
        return FromAddress.call(address, () -> codes.send(to, Purpose.PASSWORD_RESET, Delivery.SMS));
    }

    private Attempt attempt(String address, PhoneNumber at, String typed) {
        return FromAddress.call(address, () -> codes.attempt(at, Purpose.PASSWORD_RESET, typed));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void a_strangers_wrong_guesses_do_not_use_up_the_code_on_the_persons_phone() {
        var own = FromAddress.unique();
        var stranger = FromAddress.unique();
        assertThat(send(own, phone)).isInstanceOf(SendOutcome.Sent.class);
        var code = sentCodes.latestCodeFor(phone);

        for (int i = 0; i < 4; i++) {
            assertThat(attempt(stranger, phone, wrong(code))).isInstanceOf(Attempt.Checked.class);
        }
        assertThat(attempt(stranger, phone, wrong(code))).isEqualTo(new Attempt.Checked(new CheckOutcome.NeedsNewCode()));
        assertThat(attempt(stranger, phone, code)).as("the stranger's tries are used up")
                .isEqualTo(new Attempt.Checked(new CheckOutcome.NeedsNewCode()));

        assertThat(attempt(own, phone, wrong(code))).isEqualTo(new Attempt.Checked(new CheckOutcome.Wrong(4)));
        assertThat(attempt(own, phone, code)).isEqualTo(new Attempt.Checked(new CheckOutcome.Confirmed()));
    }

    @Test
    void one_address_cannot_use_up_the_codes_of_a_number() {
        var stranger = FromAddress.unique();
        for (int i = 0; i < 5; i++) {
            assertThat(send(stranger, phone)).isInstanceOf(SendOutcome.Sent.class);
            time.skip(Duration.ofSeconds(61));
        }
        assertThat(send(stranger, phone)).isInstanceOf(SendOutcome.TooSoon.class);

        assertThat(send(FromAddress.unique(), phone)).as("the person on their own phone").isInstanceOf(SendOutcome.Sent.class);
    }

    @Test
    void from_everywhere_together_a_number_gets_at_most_ten_codes_an_hour() {
        for (int i = 0; i < 10; i++) {
            assertThat(send(FromAddress.unique(), phone)).isInstanceOf(SendOutcome.Sent.class);
        }

        var refused = send(FromAddress.unique(), phone);
        assertThat(refused).isInstanceOf(SendOutcome.TooSoon.class);
        assertThat(codes.justSent((SendOutcome.TooSoon) refused)).isFalse();
    }

    @Test
    void one_address_sends_at_most_ten_codes_an_hour_to_all_numbers_together() {
        var here = FromAddress.unique();
        for (int i = 0; i < 10; i++) {
            assertThat(send(here, TestAccounts.uniquePhone())).isInstanceOf(SendOutcome.Sent.class);
        }

        assertThat(send(here, TestAccounts.uniquePhone())).isInstanceOf(SendOutcome.TooSoon.class);
    }

    @Test
    void guesses_against_one_number_from_many_addresses_stop_at_twenty_an_hour() {
        assertThat(send(FromAddress.unique(), phone)).isInstanceOf(SendOutcome.Sent.class);
        var code = sentCodes.latestCodeFor(phone);
        for (int address = 0; address < 5; address++) {
            var stranger = FromAddress.unique();
            for (int i = 0; i < 4; i++) {
                assertThat(attempt(stranger, phone, wrong(code))).isInstanceOf(Attempt.Checked.class);
            }
        }

        assertThat(attempt(FromAddress.unique(), phone, code)).isInstanceOf(Attempt.Refused.class);
        assertThat(FromAddress.call(FromAddress.unique(), () -> codes.check(phone, Purpose.PASSWORD_RESET, code)))
                .as("as other capabilities see it").isInstanceOf(CheckOutcome.NeedsNewCode.class);
        time.skip(Duration.ofMinutes(4));
        assertThat(attempt(FromAddress.unique(), phone, code)).isEqualTo(new Attempt.Checked(new CheckOutcome.Confirmed()));
    }

    @Test
    void one_address_guessing_the_codes_of_many_numbers_stops_at_twenty_an_hour() {
        var stranger = FromAddress.unique();
        for (int i = 0; i < 20; i++) {
            var number = TestAccounts.uniquePhone();
            codes.send(number, Purpose.PASSWORD_RESET, Delivery.SMS);
            assertThat(attempt(stranger, number, wrong(sentCodes.latestCodeFor(number)))).isInstanceOf(Attempt.Checked.class);
        }

        var next = TestAccounts.uniquePhone();
        codes.send(next, Purpose.PASSWORD_RESET, Delivery.SMS);
        assertThat(attempt(stranger, next, sentCodes.latestCodeFor(next))).isInstanceOf(Attempt.Refused.class);
    }

    @Test
    void a_right_code_does_not_count_against_anyone() {
        var here = FromAddress.unique();
        for (int i = 0; i < 12; i++) {
            var number = TestAccounts.uniquePhone();
            codes.send(number, Purpose.PASSWORD_RESET, Delivery.SMS);
            assertThat(attempt(here, number, sentCodes.latestCodeFor(number)))
                    .isEqualTo(new Attempt.Checked(new CheckOutcome.Confirmed()));
        }
    }

    @Test
    void the_whole_portal_stops_sending_and_checking_at_its_hourly_figures() {
        var small = new CodeLimits(rateLimits, currentClient, 3, 2);
        for (int i = 0; i < 3; i++) {
            assertThat(FromAddress.call(FromAddress.unique(), () -> small.takeForSending(TestAccounts.uniquePhone())))
                    .isInstanceOf(RateLimits.Permit.Granted.class);
        }
        assertThat(FromAddress.call(FromAddress.unique(), () -> small.takeForSending(TestAccounts.uniquePhone())))
                .isInstanceOfSatisfying(RateLimits.Permit.Refused.class,
                        refused -> assertThat(refused.limit().name()).isEqualTo("code-send:overall:3/h"));

        for (int i = 0; i < 2; i++) {
            long codeId = 1_000_000 + i;
            assertThat(FromAddress.call(FromAddress.unique(),
                    () -> small.take(small.checkingKeys(TestAccounts.uniquePhone(), codeId))))
                    .isInstanceOf(RateLimits.Permit.Granted.class);
        }
        assertThat(FromAddress.call(FromAddress.unique(),
                () -> small.take(small.checkingKeys(TestAccounts.uniquePhone(), 2_000_000))))
                .isInstanceOfSatisfying(RateLimits.Permit.Refused.class,
                        refused -> assertThat(refused.limit().name()).isEqualTo("code-check:overall:2/h"));
    }
}
