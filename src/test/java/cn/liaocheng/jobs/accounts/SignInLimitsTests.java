package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.SignInOutcome.Busy;
import cn.liaocheng.jobs.accounts.SignInOutcome.Refused;
import cn.liaocheng.jobs.accounts.SignInOutcome.SignedIn;
import cn.liaocheng.jobs.accounts.SignInOutcome.TooSoon;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sign-in limits as strangers meet them: from one address, from many, against one number and against many. The
 * client address is set as the portal reads it from a request; time skips ahead on the buckets' own clock.
 */
@SpringBootTest
class SignInLimitsTests {

    private static final String WRONG = "不是这个密码啊啊啊";

    @Autowired AccountService accountService;
    @Autowired TestAccounts testAccounts;
    @Autowired TestRateLimitTime time;
    @Autowired RateLimits rateLimits;
    @Autowired CurrentClient currentClient;
    @Autowired VerificationCodes verificationCodes;
    @Autowired LoggingVerificationChannel sentCodes;

    private SignInOutcome signIn(String address, PhoneNumber phone, String password) {
        return FromAddress.call(address, () -> accountService.signIn(phone, password));
    }

    private PhoneNumber registered() {
        return new PhoneNumber(testAccounts.applicant("王芳").phoneNumber());
    }

    /** Wrong passwords from one address until this number is locked there: six, with the pauses between. */
    private void lockOutFrom(String address, PhoneNumber phone) {
        for (int i = 0; i < 6; i++) {
            signIn(address, phone, WRONG + i);
            time.skip(Duration.ofSeconds(31));
        }
        assertThat(signIn(address, phone, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(TooSoon.class, tooSoon -> assertThat(tooSoon.locked()).isTrue());
    }

    @Test
    void two_slips_cost_nothing_and_the_third_asks_for_half_a_minute() {
        var phone = registered();
        var here = FromAddress.unique();

        assertThat(signIn(here, phone, WRONG)).isInstanceOf(Refused.class);
        assertThat(signIn(here, phone, WRONG)).isInstanceOf(Refused.class);
        var third = signIn(here, phone, WRONG);

        assertThat(third).isInstanceOfSatisfying(TooSoon.class, tooSoon -> {
            assertThat(tooSoon.locked()).isFalse();
            assertThat(Duration.between(time.now(), tooSoon.retryAt())).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(30));
        });
        time.skip(Duration.ofSeconds(31));
        assertThat(signIn(here, phone, TestAccounts.PASSWORD)).isInstanceOf(SignedIn.class);
    }

    @Test
    void after_six_wrong_passwords_in_a_row_the_number_waits_up_to_a_quarter_of_an_hour_at_that_address() {
        var phone = registered();
        var here = FromAddress.unique();
        lockOutFrom(here, phone);

        var locked = (TooSoon) signIn(here, phone, TestAccounts.PASSWORD);
        assertThat(Duration.between(time.now(), locked.retryAt())).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(15));

        time.skip(Duration.ofMinutes(15));
        assertThat(signIn(here, phone, TestAccounts.PASSWORD)).isInstanceOf(SignedIn.class);
    }

    @Test
    void a_strangers_wrong_passwords_from_another_address_do_not_stop_the_person_on_their_own_phone() {
        var phone = registered();
        var stranger = FromAddress.unique();
        lockOutFrom(stranger, phone);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(stranger, phone, WRONG)).isInstanceOf(TooSoon.class);
        }

        assertThat(signIn(FromAddress.unique(), phone, TestAccounts.PASSWORD)).isInstanceOf(SignedIn.class);
    }

    @Test
    void wrong_passwords_from_many_addresses_pause_the_number_everywhere_until_a_code_lets_the_person_in() {
        var phone = registered();
        // Seven strangers, three tries each: more than the 20 the number allows from everywhere together.
        for (int stranger = 0; stranger < 7; stranger++) {
            var address = FromAddress.unique();
            for (int i = 0; i < 3; i++) {
                signIn(address, phone, WRONG + i);
            }
        }
        var own = FromAddress.unique();
        assertThat(signIn(own, phone, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(TooSoon.class, tooSoon -> assertThat(tooSoon.locked()).isTrue());

        // Holding the phone is proof enough: a code sets a new password, and the number is free again.
        FromAddress.call(own, () -> verificationCodes.send(phone, Purpose.PASSWORD_RESET, Delivery.SMS));
        var reset = FromAddress.call(own, () -> accountService.resetPassword(phone, sentCodes.latestCodeFor(phone),
                "新的密码是一句长话"));
        assertThat(reset).isInstanceOf(PasswordResetOutcome.PasswordReset.class);
        assertThat(signIn(own, phone, "新的密码是一句长话")).isInstanceOf(SignedIn.class);
    }

    @Test
    void one_address_trying_many_numbers_is_paused_for_every_number() {
        var here = FromAddress.unique();
        for (int i = 0; i < 30; i++) {
            assertThat(signIn(here, TestAccounts.uniquePhone(), WRONG)).isInstanceOf(Refused.class);
        }

        assertThat(signIn(here, registered(), TestAccounts.PASSWORD)).isInstanceOf(Busy.class);
        assertThat(signIn(FromAddress.unique(), TestAccounts.uniquePhone(), WRONG))
                .as("another address").isInstanceOf(Refused.class);
    }

    @Test
    void a_number_without_an_account_is_paused_exactly_like_a_registered_one() {
        var unknown = TestAccounts.uniquePhone();
        var here = FromAddress.unique();

        assertThat(signIn(here, unknown, WRONG)).isInstanceOf(Refused.class);
        assertThat(signIn(here, unknown, WRONG)).isInstanceOf(Refused.class);
        assertThat(signIn(here, unknown, WRONG))
                .isInstanceOfSatisfying(TooSoon.class, tooSoon -> assertThat(tooSoon.locked()).isFalse());
    }

    @Test
    void the_whole_portal_pauses_when_too_many_wrong_passwords_come_from_everywhere() {
        var overall = new SignInLimits(rateLimits, currentClient, 4);
        for (int i = 0; i < 4; i++) {
            var phone = TestAccounts.uniquePhone();
            FromAddress.call(FromAddress.unique(), () -> {
                var attempt = (SignInLimits.Attempt.Allowed) overall.begin(phone);
                return overall.failed(attempt.ticket());
            });
        }

        var next = FromAddress.call(FromAddress.unique(), () -> overall.begin(TestAccounts.uniquePhone()));

        assertThat(next).isInstanceOf(SignInLimits.Attempt.Busy.class);
    }

    @Test
    void a_right_password_does_not_count_towards_the_address_or_the_portal() {
        var phone = registered();
        var here = FromAddress.unique();
        for (int i = 0; i < 35; i++) {
            assertThat(signIn(here, phone, TestAccounts.PASSWORD)).isInstanceOf(SignedIn.class);
        }
    }
}
