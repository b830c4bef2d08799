package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes.CheckOutcome;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff sign in with password and a code to their phone; they set their first password with a code. */
@SpringBootTest
class StaffSignInTests {

    @Autowired AccountService accounts;
    @Autowired StaffSignIn staffSignIn;
    @Autowired TestAccounts testAccounts;
    @Autowired LoggingVerificationChannel sms;
    @Autowired ThrottledAuthenticationProvider authenticationProvider;
    @Autowired VerificationCodes codes;
    @Autowired StaffAccounts staffAccounts;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static PhoneNumber phoneOf(PortalUser user) {
        return new PhoneNumber(user.phoneNumber());
    }

    private PendingSignIn passwordStep(PortalUser staff) {
        var outcome = accounts.signIn(phoneOf(staff), TestAccounts.PASSWORD);
        assertThat(outcome).isInstanceOf(SignInOutcome.SecondFactorNeeded.class);
        return ((SignInOutcome.SecondFactorNeeded) outcome).pending();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void the_right_password_of_a_staff_account_signs_nobody_in_until_the_code() {
        var caseworker = testAccounts.caseworker("莘县 张老师", County.SHENXIAN);

        var pending = passwordStep(caseworker);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(pending.toString()).doesNotContain(caseworker.phoneNumber());
        assertThat(staffSignIn.sendSignInCode(pending, Delivery.SMS)).isInstanceOf(VerificationCodes.SendOutcome.Sent.class);
        var sent = sms.latestTo(phoneOf(caseworker));
        assertThat(sent.purpose()).isEqualTo(VerificationCodes.Purpose.STAFF_SIGN_IN);

        var signedIn = staffSignIn.confirmSignIn(pending, sent.code());
        assertThat(signedIn).isInstanceOfSatisfying(SecondFactorOutcome.SignedIn.class, s -> {
            assertThat(s.user().accountId()).isEqualTo(caseworker.accountId());
            assertThat(s.user().getPassword()).isEmpty();
        });
        assertThat(staffSignIn.confirmSignIn(pending, sent.code())).as("a code works once")
                .isEqualTo(new SecondFactorOutcome.CodeRefused(new CheckOutcome.NeedsNewCode()));
    }

    @Test
    void every_staff_role_needs_the_second_factor_and_applicants_do_not() {
        for (var role : new Role[] {Role.CASEWORKER, Role.CITY_ADMINISTRATOR, Role.LOAN_OFFICER}) {
            var staff = testAccounts.create("工作人员", role);
            assertThat(accounts.signIn(phoneOf(staff), TestAccounts.PASSWORD)).as(role.name())
                    .isInstanceOf(SignInOutcome.SecondFactorNeeded.class);
        }
        var applicant = testAccounts.applicant("王芳");
        assertThat(accounts.signIn(phoneOf(applicant), TestAccounts.PASSWORD)).isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void spring_securitys_own_way_in_gives_staff_no_session_for_a_password_alone() {
        var administrator = testAccounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);

        assertThatThrownBy(() -> authenticationProvider.authenticate(UsernamePasswordAuthenticationToken
                .unauthenticated(administrator.phoneNumber(), TestAccounts.PASSWORD)))
                .isInstanceOf(InsufficientAuthenticationException.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void wrong_codes_are_limited_and_five_use_the_code_up() {
        var caseworker = testAccounts.caseworker("东阿县 李老师", County.DONGE);
        var pending = passwordStep(caseworker);
        staffSignIn.sendSignInCode(pending, Delivery.SMS);
        var code = sms.latestCodeFor(phoneOf(caseworker));

        assertThat(staffSignIn.confirmSignIn(pending, wrong(code)))
                .isEqualTo(new SecondFactorOutcome.CodeRefused(new CheckOutcome.Wrong(4)));
        for (int i = 0; i < 4; i++) {
            staffSignIn.confirmSignIn(pending, wrong(code));
        }
        assertThat(staffSignIn.confirmSignIn(pending, code)).as("the code is used up after five wrong tries")
                .isEqualTo(new SecondFactorOutcome.CodeRefused(new CheckOutcome.NeedsNewCode()));
    }

    @Test
    void a_code_sent_for_something_else_is_no_second_factor() {
        var caseworker = testAccounts.caseworker("莘县 王老师", County.SHENXIAN);
        var pending = passwordStep(caseworker);
        codes.send(phoneOf(caseworker), VerificationCodes.Purpose.HELPER_CONSENT, Delivery.SMS);

        assertThat(staffSignIn.confirmSignIn(pending, sms.latestCodeFor(phoneOf(caseworker))))
                .isEqualTo(new SecondFactorOutcome.CodeRefused(new CheckOutcome.NeedsNewCode()));
    }

    @Test
    void a_staff_account_switched_off_between_the_two_steps_is_not_signed_in() {
        var administrator = testAccounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        var caseworker = testAccounts.caseworker("莘县 孙老师", County.SHENXIAN);
        var pending = passwordStep(caseworker);
        staffSignIn.sendSignInCode(pending, Delivery.SMS);
        TestAccounts.signIn(administrator);
        staffAccounts.deactivate(caseworker.accountId());
        TestAccounts.signOut();

        assertThat(staffSignIn.confirmSignIn(pending, sms.latestCodeFor(phoneOf(caseworker))))
                .isEqualTo(new SecondFactorOutcome.StartAgain());
        assertThat(accounts.signIn(phoneOf(caseworker), TestAccounts.PASSWORD)).as("nor later")
                .isEqualTo(new SignInOutcome.Refused());
    }

    @Test
    void a_new_staff_member_sets_a_password_with_a_code_and_then_signs_in_with_both() {
        var fresh = testAccounts.staffWithoutPassword("新同事", Role.LOAN_OFFICER, null);
        var phone = phoneOf(fresh);
        assertThat(accounts.signIn(phone, "")).as("no password to sign in with").isEqualTo(new SignInOutcome.Refused());

        staffSignIn.sendPasswordSetupCode(phone, Delivery.SMS);
        var sent = sms.latestTo(phone);
        assertThat(sent.purpose()).isEqualTo(VerificationCodes.Purpose.PASSWORD_SETUP);
        assertThat(staffSignIn.setUpPassword(phone, sent.code(), "我自己选的新密码123"))
                .isInstanceOf(PasswordResetOutcome.PasswordReset.class);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("setting it signs nobody in").isNull();

        assertThat(accounts.signIn(phone, "我自己选的新密码123")).isInstanceOf(SignInOutcome.SecondFactorNeeded.class);
        // From another address: one code a minute per number and address.
        FromAddress.call(FromAddress.unique(), () -> staffSignIn.sendPasswordSetupCode(phone, Delivery.SMS));
        assertThat(sms.latestNoticeFor(phone)).as("once set, the page cannot set it again")
                .hasValue(VerificationChannel.Notice.NOTHING_TO_SET_UP);
    }

    @Test
    void only_a_staff_account_waiting_for_its_password_gets_a_set_up_code() {
        var applicant = testAccounts.applicant("王芳");
        var nobody = TestAccounts.uniquePhone();
        for (var phone : new PhoneNumber[] {phoneOf(applicant), nobody}) {
            assertThat(staffSignIn.sendPasswordSetupCode(phone, Delivery.SMS))
                    .isInstanceOf(VerificationCodes.SendOutcome.Sent.class);
            assertThat(sms.latestNoticeFor(phone)).hasValue(VerificationChannel.Notice.NOTHING_TO_SET_UP);
            assertThat(staffSignIn.setUpPassword(phone, "123456", "我自己选的新密码123"))
                    .isInstanceOf(PasswordResetOutcome.CodeRefused.class);
        }
    }

    @Test
    void staff_cannot_reset_their_password_with_a_code_alone() {
        var caseworker = testAccounts.caseworker("莘县 赵老师", County.SHENXIAN);
        var phone = phoneOf(caseworker);

        accounts.sendPasswordResetCode(phone, Delivery.SMS);

        assertThat(sms.latestNoticeFor(phone)).as("a notice, no code")
                .hasValue(VerificationChannel.Notice.STAFF_ASK_ADMINISTRATOR);
        assertThat(accounts.resetPassword(phone, "123456", "我自己选的新密码123"))
                .isInstanceOf(PasswordResetOutcome.CodeRefused.class);
        assertThat(accounts.signIn(phone, TestAccounts.PASSWORD)).as("the password is unchanged")
                .isInstanceOf(SignInOutcome.SecondFactorNeeded.class);
    }
}
