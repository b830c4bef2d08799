package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the accounts capability holds about the signed-in account, for the person's copy of their data. The
 * password is held only as a one-way hash and is not part of it; codes only as when and what for, never the code.
 *
 * Wrong passwords are not counted per account any more but in rate-limit buckets keyed by a keyed hash of the
 * number (and the client address); they hold no name and expire within hours, so they are not part of it either.
 *
 * @param accountId     the internal number other records use for the account
 */
public record AccountRecord(long accountId, String displayName, PhoneNumber phone, Role role, Instant createdAt,
        List<CodeSent> codes) {

    public AccountRecord {
        codes = List.copyOf(codes);
    }

    /** One verification code sent to the account's phone: what for, when, until when, and when it was used. */
    public record CodeSent(VerificationCodes.Purpose purpose, Instant sentAt, Instant expiresAt,
            @Nullable Instant usedAt) {}
}
