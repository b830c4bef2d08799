package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first city administrator, from configuration ({@code PORTAL_ADMIN_PHONE}, {@code PORTAL_ADMIN_NAME}) at start:
 * made only while the portal has no administrator at all, and without a password. Its holder sets one at
 * {@code /set-password} with a code sent to that phone; there is no default password anywhere. Every later staff
 * account is made by an administrator ({@link StaffAccounts}).
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String DEFAULT_NAME = "市残联管理员";

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String phone;
    private final String name;

    FirstAdministrator(AccountRepository accounts, JdbcClient jdbc, Clock clock,
            @Value("${portal.admin.phone:}") String phone, @Value("${portal.admin.name:}") String name) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.phone = phone;
        this.name = name.isBlank() ? DEFAULT_NAME : name;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (phone.isBlank()) {
            if (accounts.countAdministrators() == 0) {
                log.warn("No city administrator yet: set PORTAL_ADMIN_PHONE (and PORTAL_ADMIN_NAME) and restart,"
                        + " then set that account's password at /set-password with the code sent to the phone");
            }
            return;
        }
        if (!(PhoneNumber.parse(phone) instanceof PhoneNumber.Valid(var number))) {
            // The number itself stays out of the log.
            throw new IllegalStateException("PORTAL_ADMIN_PHONE is not a mainland mobile number");
        }
        createIfNone(number, name);
    }

    /** True if it made the administrator; false if there already is one, or the number has another account. */
    @Transactional
    boolean createIfNone(PhoneNumber number, String displayName) {
        // Two instances starting at once must not both make one.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('accounts:first-administrator'))").query().singleValue();
        if (accounts.countAdministrators() > 0) {
            return false;
        }
        if (accounts.findByPhoneNumber(number.value()).isPresent()) {
            log.error("PORTAL_ADMIN_PHONE {} already has an account; no administrator was made", number);
            return false;
        }
        if (DisplayName.problem(displayName).isPresent()) {
            throw new IllegalStateException("PORTAL_ADMIN_NAME is empty, too long or has control characters");
        }
        accounts.save(Account.staff(number.value(), displayName.strip(), Role.CITY_ADMINISTRATOR, null,
                clock.instant()));
        log.info("Made the first city administrator for {}; its password is set at /set-password", number);
        return true;
    }
}
