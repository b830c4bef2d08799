package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.RegistrationOutcome.Registered;
import cn.liaocheng.jobs.accounts.SignInOutcome.Refused;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The account's own data: its copy, and deleting it so that nothing of the person is left on the row. */
@SpringBootTest
@RecordApplicationEvents
class AccountDataServiceTests {

    @Autowired TestRateLimitTime rateLimitTime;
    @Autowired AccountDataService accountData;
    @Autowired AccountService accountService;
    @Autowired TestAccounts accounts;
    @Autowired VerificationCodes verificationCodes;
    @Autowired LoggingVerificationChannel sentCodes;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_copy_holds_the_account_without_the_password_and_the_codes_without_the_code() {
        var user = accounts.applicant("王芳");
        verificationCodes.send(new PhoneNumber(user.phoneNumber()), Purpose.PASSWORD_RESET, Delivery.SMS);
        TestAccounts.signIn(user);

        var record = accountData.exportOwnAccount().orElseThrow();

        assertThat(record.displayName()).isEqualTo("王芳");
        assertThat(record.phone().value()).isEqualTo(user.phoneNumber());
        assertThat(record.role()).isEqualTo(Role.APPLICANT);
        assertThat(record.codes()).singleElement().satisfies(code -> {
            assertThat(code.purpose()).isEqualTo(Purpose.PASSWORD_RESET);
            assertThat(code.usedAt()).isNull();
        });
        assertThat(record.toString()).doesNotContain("{pbkdf2").doesNotContain(TestAccounts.PASSWORD);
    }

    @Test
    void a_deleted_account_keeps_no_phone_name_or_password_cannot_sign_in_and_its_number_registers_again() {
        var user = accounts.applicant("王芳");
        var phone = new PhoneNumber(user.phoneNumber());
        TestAccounts.signIn(user);

        assertThat(accountData.deleteOwnAccount()).isTrue();

        var row = jdbc.sql("select phone_number, password_hash, display_name, deleted_at from accounts_account where id = ?")
                .param(user.accountId()).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4)}).single();
        assertThat(row).containsExactly(null, null, null, row[3]);
        assertThat(row[3]).isNotNull();
        assertThat(events.stream(AccountDeleted.class)).containsExactly(new AccountDeleted(user.accountId()));
        assertThat(accountService.signIn(phone, TestAccounts.PASSWORD)).isInstanceOf(Refused.class);
        assertThat(accountService.find(user.accountId())).isEmpty();
        assertThat(accountData.exportOwnAccount()).as("the old session finds nothing").isEmpty();
        assertThat(accountData.deleteOwnAccount()).as("twice deletes nothing more").isFalse();

        TestAccounts.signOut();
        verificationCodes.send(phone, Purpose.SIGN_UP, Delivery.SMS);
        var again = accountService.register(phone, sentCodes.latestCodeFor(phone), TestAccounts.PASSWORD, "王芳");
        assertThat(again).isInstanceOfSatisfying(Registered.class,
                registered -> assertThat(registered.user().accountId()).isNotEqualTo(user.accountId()));
    }

    @Test
    void every_code_sent_to_the_number_goes_and_the_limits_on_sending_to_it_stay() {
        var user = accounts.applicant("王芳");
        var phone = new PhoneNumber(user.phoneNumber());
        var stranger = FromAddress.unique();
        for (int i = 0; i < 5; i++) {
            FromAddress.call(stranger, () -> verificationCodes.send(phone, Purpose.PASSWORD_RESET, Delivery.SMS));
            rateLimitTime.skip(Duration.ofSeconds(61));
        }
        TestAccounts.signIn(user);

        accountData.deleteOwnAccount();

        assertThat(jdbc.sql("select count(*) from accounts_verification_code where phone_number = ?")
                .param(phone.value()).query(Integer.class).single()).isZero();
        assertThat(FromAddress.call(stranger, () -> verificationCodes.send(phone, Purpose.SIGN_UP, Delivery.SMS)))
                .as("the stranger's hourly limit for this number is still used up")
                .isInstanceOf(VerificationCodes.SendOutcome.TooSoon.class);
    }

    @Test
    void nobody_and_staff_cannot_delete_an_account_from_here() {
        assertThat(accountData.deleteOwnAccount()).isFalse();
        var staff = accounts.create("县残联 刘老师", Role.CASEWORKER);
        TestAccounts.signIn(staff);

        assertThat(accountData.deleteOwnAccount()).isFalse();
        assertThat(accountService.find(staff.accountId())).isPresent();
        assertThat(events.stream(AccountDeleted.class)).isEmpty();
    }
}
