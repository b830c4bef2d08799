package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code accounts_account}; only this package reads it, others get a {@link PortalUser}.
 *
 * @param passwordHash   null for a staff account whose holder has not set a password yet (with a code to the phone)
 * @param county         the county a caseworker works for; null for every other role
 * @param deactivatedAt  when an administrator switched the (staff) account off; it cannot sign in while set
 */
@Table("accounts_account")
record Account(
        @Id @Nullable Long id,
        String phoneNumber,
        @Nullable String passwordHash,
        String displayName,
        Role role,
        @Nullable County county,
        @Nullable Instant deactivatedAt,
        Instant createdAt,
        @Version int version) {

    static Account create(String phoneNumber, String passwordHash, String displayName, Role role, Instant now) {
        return new Account(null, phoneNumber, passwordHash, displayName, role, null, null, now, 0);
    }

    /** A staff account without a password: its holder sets one with a code sent to the phone. */
    static Account staff(String phoneNumber, String displayName, Role role, @Nullable County county, Instant now) {
        return new Account(null, phoneNumber, null, displayName, role, county, null, now, 0);
    }

    Account withPasswordHash(@Nullable String hash) {
        return new Account(id, phoneNumber, hash, displayName, role, county, deactivatedAt, createdAt, version);
    }

    Account withRole(Role newRole, @Nullable County newCounty) {
        return new Account(id, phoneNumber, passwordHash, displayName, newRole, newCounty, deactivatedAt, createdAt,
                version);
    }

    Account withDeactivatedAt(@Nullable Instant at) {
        return new Account(id, phoneNumber, passwordHash, displayName, role, county, at, createdAt, version);
    }

    boolean active() {
        return deactivatedAt == null;
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    PortalUser toUser() {
        return new PortalUser(requireId(), phoneNumber, passwordHash == null ? "" : passwordHash, displayName, role);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }
}
