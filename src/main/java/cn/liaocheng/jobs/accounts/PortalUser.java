package cn.liaocheng.jobs.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds them in the session. Other capabilities use {@link #accountId()} to
 * own their records; the phone number is the user name. {@link #toString()} leaves out the phone number and the hash
 * so that neither ends up in a log line.
 */
public record PortalUser(long accountId, String phoneNumber, String passwordHash, String displayName, Role role)
        implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return phoneNumber;
    }

    /** The same person without the password hash, for keeping in the HTTP session. */
    PortalUser withoutPassword() {
        return new PortalUser(accountId, phoneNumber, "", displayName, role);
    }

    @Override
    public String toString() {
        return "PortalUser[accountId=" + accountId + ", role=" + role + "]";
    }
}
