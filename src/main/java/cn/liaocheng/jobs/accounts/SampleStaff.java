package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.County;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo staff for the {@code sample} profile only (the README's run; never the packaged jar), listed in the README.
 * Their password is {@code portal.sample.staff-password}; they sign in with a code like all staff, and the codes
 * appear at {@code /dev/verification-codes}. Made once, when their numbers have no account yet.
 */
@Component
@Profile("sample")
// Before the sample applications (sampledata.SampleApplications, order 100), which these staff decide.
@Order(20)
class SampleStaff implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleStaff.class);

    record Member(String phone, String name, Role role, @Nullable County county) {}

    static final List<Member> MEMBERS = List.of(
            new Member("13800000001", "市残联 管理员（示例）", Role.CITY_ADMINISTRATOR, null),
            new Member("13800000002", "莘县残联 张老师（示例）", Role.CASEWORKER, County.SHENXIAN),
            new Member("13800000003", "东阿县残联 李老师（示例）", Role.CASEWORKER, County.DONGE),
            new Member("13800000004", "农行聊城分行 王经理（示例）", Role.LOAN_OFFICER, null),
            new Member("13800000005", "莘县残联 赵主任（示例）", Role.COUNTY_ADMINISTRATOR, County.SHENXIAN));

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;

    SampleStaff(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${portal.sample.staff-password:Liaocheng-staff-2026}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var missing = MEMBERS.stream().filter(m -> accounts.findByPhoneNumber(m.phone()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        // One slow hash for all of them: demo accounts with one shared demo password.
        var hash = passwordEncoder.encode(password);
        missing.forEach(m -> accounts.save(Account.staff(m.phone(), m.name(), m.role(), m.county(), clock.instant())
                .withPasswordHash(hash)));
        log.info("Made {} sample staff accounts (README: demo staff)", missing.size());
    }
}
