package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts for tests: each gets a phone number no other test uses, so tests sharing the database never meet.
 * {@link #signIn} puts the person into Spring Security's context the way the sign-in view does; in browserless
 * tests, navigate after signing in so that access control sees them.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "绿色的山和蓝色的河";

    /** 199 is a real mobile prefix; the remaining 8 digits count up from a random start per test run. */
    private static final AtomicInteger NEXT = new AtomicInteger((int) (Math.random() * 40_000_000));

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    /** PBKDF2 takes most of a second on purpose; every test account shares one hash of {@link #PASSWORD}. */
    private volatile String passwordHash = "";

    TestAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static PhoneNumber uniquePhone() {
        return new PhoneNumber("199" + String.format("%08d", NEXT.incrementAndGet()));
    }

    public PortalUser applicant(String displayName) {
        return create(displayName, Role.APPLICANT);
    }

    public PortalUser create(String displayName, Role role) {
        if (passwordHash.isEmpty()) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        var account = accounts.save(Account.create(uniquePhone().value(), passwordHash,
                displayName, role, clock.instant()));
        return account.toUser().withoutPassword();
    }

    public static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
