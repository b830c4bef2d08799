package cn.liaocheng.jobs.accounts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code accounts_verification_code}: the keyed hash of a code, never the code. Tries: {@link CodeLimits}. */
@Table("accounts_verification_code")
record VerificationCode(
        @Id @Nullable Long id,
        String phoneNumber,
        VerificationCodes.Purpose purpose,
        String codeHash,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    VerificationCode usedAt(Instant now) {
        return new VerificationCode(id, phoneNumber, purpose, codeHash, createdAt, expiresAt, now);
    }
}
