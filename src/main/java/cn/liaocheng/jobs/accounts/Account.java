package cn.liaocheng.jobs.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code accounts_account}; only this package reads it, others get a {@link PortalUser}. */
@Table("accounts_account")
record Account(
        @Id @Nullable Long id,
        String phoneNumber,
        String passwordHash,
        String displayName,
        Role role,
        Instant createdAt,
        @Version int version) {

    static Account create(String phoneNumber, String passwordHash, String displayName, Role role, Instant now) {
        return new Account(null, phoneNumber, passwordHash, displayName, role, now, 0);
    }

    Account withPasswordHash(String hash) {
        return new Account(id, phoneNumber, hash, displayName, role, createdAt, version);
    }

    PortalUser toUser() {
        return new PortalUser(requireId(), phoneNumber, passwordHash, displayName, role);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }
}
