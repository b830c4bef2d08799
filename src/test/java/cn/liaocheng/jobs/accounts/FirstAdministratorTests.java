package cn.liaocheng.jobs.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first administrator comes from PORTAL_ADMIN_PHONE at start, without a password, exactly once. A portal of its
 * own (a fresh database): the shared test portal already has administrators.
 */
@SpringBootTest(properties = {"portal.admin.phone=139 0000 9001", "portal.admin.name="})
class FirstAdministratorTests {

    private static final PhoneNumber CONFIGURED = new PhoneNumber("13900009001");

    @Autowired FirstAdministrator firstAdministrator;
    @Autowired AccountRepository accounts;

    @Test
    void the_configured_number_becomes_the_one_administrator_without_a_password_and_only_once() {
        var made = accounts.findByPhoneNumber(CONFIGURED.value()).orElseThrow();
        assertThat(made.role()).isEqualTo(Role.CITY_ADMINISTRATOR);
        assertThat(made.displayName()).isEqualTo(FirstAdministrator.DEFAULT_NAME);
        assertThat(made.hasPassword()).as("set by its holder with a code, never a default").isFalse();
        assertThat(made.active()).isTrue();

        firstAdministrator.run(new DefaultApplicationArguments());
        assertThat(firstAdministrator.createIfNone(TestAccounts.uniquePhone(), "另一位")).isFalse();

        assertThat(accounts.countAdministrators()).isEqualTo(1);
    }
}
