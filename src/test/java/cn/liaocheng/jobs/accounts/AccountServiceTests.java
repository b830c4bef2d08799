package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.RegistrationOutcome.CodeRefused;
import cn.liaocheng.jobs.accounts.RegistrationOutcome.PasswordRefused;
import cn.liaocheng.jobs.accounts.RegistrationOutcome.Registered;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration and sign-in on the embedded PostgreSQL, with codes read from the development channel. */
@SpringBootTest
class AccountServiceTests {

    @Autowired AccountService accountService;
    @Autowired VerificationCodes verificationCodes;
    @Autowired LoggingVerificationChannel sentCodes;
    @Autowired JdbcClient jdbc;
    @Autowired TestRateLimitTime time;

    private final PhoneNumber phone = TestAccounts.uniquePhone();

    private String codeSentTo(PhoneNumber to) {
        verificationCodes.send(to, Purpose.SIGN_UP, Delivery.SMS);
        return sentCodes.latestCodeFor(to);
    }

    private PortalUser registered() {
        var outcome = accountService.register(phone, codeSentTo(phone), TestAccounts.PASSWORD, "王芳");
        return ((Registered) outcome).user();
    }

    @Test
    void a_person_registers_with_the_code_from_their_phone_and_signs_in() {
        var user = registered();

        assertThat(user.displayName()).isEqualTo("王芳");
        assertThat(user.role()).isEqualTo(Role.APPLICANT);
        assertThat(accountService.signIn(phone, TestAccounts.PASSWORD))
                .isInstanceOfSatisfying(SignedIn.class, signedIn -> assertThat(signedIn.user().accountId()).isEqualTo(user.accountId()));
    }

    @Test
    void the_password_is_stored_as_a_pbkdf2_hash_only() {
        var user = registered();

        var stored = jdbc.sql("select password_hash from accounts_account where id = ?").param(user.accountId())
                .query(String.class).single();
        assertThat(stored).startsWith("{" + PasswordHashing.DEFAULT_ID + "}").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void a_128_character_chinese_passphrase_works_although_it_is_over_bcrypts_72_bytes() {
        var passphrase = "我家门前有条小河河水清清".repeat(10) + "鱼儿游来游去";
        assertThat(passphrase.codePointCount(0, passphrase.length())).isLessThanOrEqualTo(PasswordPolicy.MAX_LENGTH);

        var outcome = accountService.register(phone, codeSentTo(phone), passphrase, "李明");

        assertThat(outcome).isInstanceOf(Registered.class);
        assertThat(accountService.signIn(phone, passphrase)).isInstanceOf(SignedIn.class);
        assertThat(accountService.signIn(phone, passphrase.substring(0, 40))).isInstanceOf(Refused.class);
    }

    @Test
    void a_wrong_code_creates_no_account() {
        var code = codeSentTo(phone);
        var wrong = code.equals("000000") ? "111111" : "000000";

        var outcome = accountService.register(phone, wrong, TestAccounts.PASSWORD, "王芳");

        assertThat(outcome).isEqualTo(new CodeRefused(new VerificationCodes.CheckOutcome.Wrong(4)));
        assertThat(accountService.findByPhone(phone)).isEmpty();
    }

    @Test
    void a_common_password_is_refused_before_the_code_is_used_up() {
        var code = codeSentTo(phone);

        assertThat(accountService.register(phone, code, "password123", "王芳"))
                .isEqualTo(new PasswordRefused(PasswordPolicy.Reason.TOO_COMMON));
        assertThat(accountService.register(phone, code, TestAccounts.PASSWORD, "王芳")).isInstanceOf(Registered.class);
    }

    @Test
    void a_number_registers_once_and_only_its_phone_is_told_that_it_is_taken() {
        registered();
        time.skip(Duration.ofSeconds(61));

        assertThat(accountService.sendSignUpCode(phone, Delivery.SMS)).isInstanceOf(VerificationCodes.SendOutcome.Sent.class);
        assertThat(sentCodes.latestNoticeFor(phone)).contains(VerificationChannel.Notice.ALREADY_REGISTERED);
        assertThat(accountService.register(phone, "123456", "另一个很长的密码啊啊", "张三"))
                .isEqualTo(new CodeRefused(new VerificationCodes.CheckOutcome.Wrong(4)));
    }

    @Test
    void an_unknown_number_and_a_wrong_password_get_the_same_answer() {
        registered();

        assertThat(accountService.signIn(phone, "wrong password")).isInstanceOf(Refused.class);
        assertThat(accountService.signIn(TestAccounts.uniquePhone(), TestAccounts.PASSWORD)).isInstanceOf(Refused.class);
    }

    @Test
    void the_third_wrong_password_makes_the_person_wait_even_with_the_right_one() {
        registered();
        accountService.signIn(phone, "wrong 1");
        accountService.signIn(phone, "wrong 2");

        var third = accountService.signIn(phone, "wrong 3");

        assertThat(third).isInstanceOfSatisfying(TooSoon.class, tooSoon -> assertThat(tooSoon.locked()).isFalse());
        assertThat(accountService.signIn(phone, TestAccounts.PASSWORD)).isInstanceOf(TooSoon.class);
    }

    @Test
    void a_successful_sign_in_forgets_earlier_slips() {
        registered();
        accountService.signIn(phone, "wrong 1");
        accountService.signIn(phone, "wrong 2");
        accountService.signIn(phone, TestAccounts.PASSWORD);

        assertThat(accountService.signIn(phone, "wrong 3")).isInstanceOf(Refused.class);
    }

    /** Six wrong passwords in a row, with the pauses between them skipped. */
    private SignInOutcome sixWrongPasswords() {
        SignInOutcome last = null;
        for (int i = 1; i <= 6; i++) {
            last = accountService.signIn(phone, "wrong " + i);
            time.skip(Duration.ofSeconds(31));
        }
        return last;
    }

    @Test
    void the_sixth_failure_locks_the_account() {
        registered();

        assertThat(sixWrongPasswords())
                .isInstanceOfSatisfying(TooSoon.class, tooSoon -> assertThat(tooSoon.locked()).isTrue());
    }

    @Test
    void the_session_keeps_no_password_hash() {
        var user = registered();

        assertThat(user.getPassword()).isEmpty();
        assertThat(user.toString()).doesNotContain(phone.value());
    }
    @Test
    void a_name_with_a_line_break_creates_no_account() {
        var outcome = accountService.register(phone, codeSentTo(phone), TestAccounts.PASSWORD, "王\n芳");

        assertThat(outcome).isEqualTo(new RegistrationOutcome.NameRefused(DisplayName.Reason.CONTROL_CHARACTERS));
        assertThat(accountService.findByPhone(phone)).isEmpty();
    }

    private String resetCodeSentTo(PhoneNumber to) {
        verificationCodes.send(to, Purpose.PASSWORD_RESET, Delivery.SMS);
        return sentCodes.latestCodeFor(to);
    }

    @Test
    void a_password_reset_with_the_code_sets_the_new_password_and_lifts_the_lock() {
        registered();
        sixWrongPasswords();
        assertThat(accountService.signIn(phone, TestAccounts.PASSWORD)).isInstanceOf(TooSoon.class);

        var outcome = accountService.resetPassword(phone, resetCodeSentTo(phone), "新的密码是一句长话");

        assertThat(outcome).isInstanceOfSatisfying(PasswordResetOutcome.PasswordReset.class,
                reset -> assertThat(reset.user().getPassword()).isEmpty());
        assertThat(accountService.signIn(phone, "新的密码是一句长话")).isInstanceOf(SignedIn.class);
    }

    @Test
    void a_sign_up_code_cannot_reset_a_password_and_an_unknown_number_has_nothing_to_reset() {
        registered();
        var signUpCode = codeSentTo(phone);

        assertThat(accountService.resetPassword(phone, signUpCode, "新的密码是一句长话"))
                .isInstanceOf(PasswordResetOutcome.CodeRefused.class);
        assertThat(accountService.resetPassword(TestAccounts.uniquePhone(), "123456", "新的密码是一句长话"))
                .isInstanceOf(PasswordResetOutcome.CodeRefused.class);
        assertThat(accountService.resetPassword(phone, "123456", "12345678"))
                .isEqualTo(new PasswordResetOutcome.PasswordRefused(PasswordPolicy.Reason.TOO_COMMON));
    }

    @Test
    void changing_the_password_needs_the_current_one_and_a_signed_in_account() {
        var user = registered();
        TestAccounts.signIn(user);
        try {
            assertThat(accountService.changePassword("wrong", "新的密码是一句长话"))
                    .isInstanceOf(PasswordChangeOutcome.WrongPassword.class);
            assertThat(accountService.changePassword(TestAccounts.PASSWORD, "password"))
                    .isEqualTo(new PasswordChangeOutcome.PasswordRefused(PasswordPolicy.Reason.TOO_COMMON));
            assertThat(accountService.changePassword(TestAccounts.PASSWORD, "新的密码是一句长话"))
                    .isInstanceOf(PasswordChangeOutcome.Changed.class);
        } finally {
            TestAccounts.signOut();
        }
        assertThat(accountService.signIn(phone, "新的密码是一句长话")).isInstanceOf(SignedIn.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accountService.changePassword("a", "b"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
