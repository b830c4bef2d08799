package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationChannel.Notice;
import cn.liaocheng.jobs.accounts.VerificationCodes.CheckOutcome;
import cn.liaocheng.jobs.accounts.VerificationCodes.SendOutcome;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Registering and resetting answer alike for a number with an account and one without, step by step, so that
 * nobody learns who is registered by typing numbers. Only the phone's holder learns it, from the message.
 */
@SpringBootTest
class EnumerationTests {

    private static final String PASSWORD = "新的密码是一句长话";

    @Autowired AccountService accountService;
    @Autowired TestAccounts testAccounts;
    @Autowired LoggingVerificationChannel sentCodes;

    private PhoneNumber registered() {
        return new PhoneNumber(testAccounts.applicant("王芳").phoneNumber());
    }

    /** What a stranger sees while trying a number: the answer to sending, and to six wrong codes. */
    private <T> List<Object> answers(PhoneNumber phone, Function<PhoneNumber, SendOutcome> send,
            Function<String, T> submit) {
        var seen = new ArrayList<Object>();
        var sent = send.apply(phone);
        seen.add(sent.getClass());
        for (int i = 0; i < 6; i++) {
            seen.add(submit.apply(i % 2 == 0 ? "000000" : "999999"));
        }
        return seen;
    }

    @Test
    void registering_a_registered_number_looks_like_registering_a_new_one() {
        var taken = registered();
        var free = TestAccounts.uniquePhone();

        var forTaken = answers(taken, phone -> accountService.sendSignUpCode(phone, Delivery.SMS),
                code -> accountService.register(taken, code, PASSWORD, "张三"));
        var forFree = answers(free, phone -> accountService.sendSignUpCode(phone, Delivery.SMS),
                code -> accountService.register(free, code, PASSWORD, "张三"));

        assertThat(forTaken).isEqualTo(forFree).startsWith(SendOutcome.Sent.class,
                new RegistrationOutcome.CodeRefused(new CheckOutcome.Wrong(4)));
        assertThat(sentCodes.latestNoticeFor(taken)).contains(Notice.ALREADY_REGISTERED);
        assertThat(sentCodes.recent()).noneMatch(sent -> sent.to().equals(taken) && sent.code() != null);
        assertThat(sentCodes.latestNoticeFor(free)).isEmpty();
    }

    @Test
    void resetting_an_unregistered_number_looks_like_resetting_a_registered_one() {
        var registered = registered();
        var unknown = TestAccounts.uniquePhone();

        var forRegistered = answers(registered, phone -> accountService.sendPasswordResetCode(phone, Delivery.SMS),
                code -> accountService.resetPassword(registered, code, PASSWORD));
        var forUnknown = answers(unknown, phone -> accountService.sendPasswordResetCode(phone, Delivery.VOICE_CALL),
                code -> accountService.resetPassword(unknown, code, PASSWORD));

        assertThat(forUnknown).isEqualTo(forRegistered).startsWith(SendOutcome.Sent.class,
                new PasswordResetOutcome.CodeRefused(new CheckOutcome.Wrong(4)));
        assertThat(sentCodes.latestNoticeFor(unknown)).contains(Notice.NO_ACCOUNT);
        assertThat(sentCodes.latestNoticeFor(registered)).isEmpty();
    }

    @Test
    void the_limits_on_sending_count_a_notice_like_a_code() {
        var registered = registered();
        var unknown = TestAccounts.uniquePhone();

        accountService.sendSignUpCode(registered, Delivery.SMS);
        accountService.sendSignUpCode(unknown, Delivery.SMS);

        assertThat(accountService.sendSignUpCode(registered, Delivery.SMS)).isInstanceOf(SendOutcome.TooSoon.class);
        assertThat(accountService.sendSignUpCode(unknown, Delivery.SMS)).isInstanceOf(SendOutcome.TooSoon.class);
    }
}
