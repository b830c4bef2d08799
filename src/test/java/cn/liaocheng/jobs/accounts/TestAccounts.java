package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
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

    /** An account with {@link #PASSWORD}; a caseworker works for 东昌府区 (see {@link #caseworker} for another). */
    public PortalUser create(String displayName, Role role) {
        return create(displayName, role, role.hasCounty() ? County.DONGCHANGFU : null);
    }

    public PortalUser caseworker(String displayName, County county) {
        return create(displayName, Role.CASEWORKER, county);
    }

    public PortalUser countyAdministrator(String displayName, County county) {
        return create(displayName, Role.COUNTY_ADMINISTRATOR, county);
    }

    private PortalUser create(String displayName, Role role, @Nullable County county) {
        if (passwordHash.isEmpty()) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        var account = accounts.save(Account.create(uniquePhone().value(), passwordHash, displayName, role,
                clock.instant()).withRole(role, county));
        return account.toUser().withoutPassword();
    }

    /**
     * A staff account as an administrator makes it: no password yet. Its holder sets one with a code.
     */
    public PortalUser staffWithoutPassword(String displayName, Role role, @Nullable County county) {
        return accounts.save(Account.staff(uniquePhone().value(), displayName, role, county, clock.instant()))
                .toUser();
    }

    /**
     * Signed out as in a web request: Spring Security's filters give every visitor an anonymous authentication, and
     * method security refuses it (with nothing at all, it would complain that nobody is there instead).
     */
    public static void browseSignedOut() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("anonymous",
                "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    public static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
