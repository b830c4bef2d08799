package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo applicants' accounts, for the sample applications of the {@code sample} profile only (this bean does not exist
 * without it). They sign in like anyone, with {@code portal.sample.applicant-password}; their names end in （示例）.
 */
@Component
@Profile("sample")
public class SampleApplicantAccounts {

    /** What every sample applicant's name ends in, like the sample staff's. */
    public static final String MARK = "（示例）";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String password;
    private volatile String hash = "";

    SampleApplicantAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${portal.sample.applicant-password:Liaocheng-sample-2026}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.password = password;
    }

    /** The applicant with this phone, if the sample made it before (or anyone registered it). */
    @Transactional(readOnly = true)
    public Optional<PortalUser> find(PhoneNumber phone) {
        return accounts.findByPhoneNumber(phone.value()).map(a -> a.toUser().withoutPassword());
    }

    /** A new applicant account named {@code name + MARK}; the phone must have no account yet. */
    @Transactional
    public PortalUser create(PhoneNumber phone, String name) {
        if (accounts.findByPhoneNumber(phone.value()).isPresent()) {
            throw new IllegalStateException("the sample phone already has an account");
        }
        if (hash.isEmpty()) {
            // One slow hash for all of them: demo accounts with one shared demo password.
            hash = passwordEncoder.encode(password);
        }
        var marked = name.endsWith(MARK) ? name : name + MARK;
        return accounts.save(Account.create(phone.value(), hash, marked, Role.APPLICANT, clock.instant()))
                .toUser().withoutPassword();
    }
}
