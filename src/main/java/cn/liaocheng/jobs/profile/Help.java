package cn.liaocheng.jobs.profile;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code profile_helper}: one account helping one person, with the person's consent and its withdrawal. */
@Table("profile_helper")
record Help(
        @Id @Nullable Long id,
        long helperAccountId,
        long personId,
        String personName,
        Relationship relationship,
        ConsentState consent,
        @Nullable Instant consentAt,
        @Nullable Long confirmedBy,
        Instant createdAt,
        @Nullable Instant withdrawnAt,
        @Version int version) {

    static Help awaiting(long helperAccountId, long personId, String personName, Relationship relationship,
            Instant now) {
        return new Help(null, helperAccountId, personId, personName, relationship, ConsentState.AWAITING, null, null, now, null, 0);
    }

    boolean active() {
        return withdrawnAt == null;
    }

    Help confirmed(ConsentState how, @Nullable Long staffAccountId, Instant now) {
        if (!how.confirmed()) {
            throw new IllegalArgumentException("not a confirmation: " + how);
        }
        return new Help(id, helperAccountId, personId, personName, relationship, how, now, staffAccountId, createdAt, withdrawnAt,
                version);
    }

    Help withdrawn(Instant now) {
        return new Help(id, helperAccountId, personId, personName, relationship, consent, consentAt, confirmedBy, createdAt, now,
                version);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("help not saved yet");
        }
        return id;
    }
}
