package cn.liaocheng.jobs.profile;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code profile_helper}: one account helping one person, with the person's consent and its withdrawal.
 * It also keeps what the helper typed ({@code personName}, {@code personPhone}, proposed ID and certificate numbers,
 * encrypted): until the person consents, that is all the helper ever sees, and the numbers are unconfirmed.
 */
@Table("profile_helper")
record Help(
        @Id @Nullable Long id,
        long helperAccountId,
        long personId,
        String personName,
        @Nullable String personPhone,
        Relationship relationship,
        ConsentState consent,
        @Nullable Instant consentAt,
        @Nullable Long confirmedBy,
        @Nullable String proposedResidentIdEncrypted,
        @Nullable String proposedCertificateEncrypted,
        Instant createdAt,
        @Nullable Instant withdrawnAt,
        @Nullable LocalDate confirmedOn,
        @Nullable String confirmedPlace,
        @Version int version) {

    static Help awaiting(long helperAccountId, long personId, String personName, @Nullable String personPhone,
            Relationship relationship, Instant now) {
        return new Help(null, helperAccountId, personId, personName, personPhone, relationship, ConsentState.AWAITING,
                null, null, null, null, now, null, null, null, 0);
    }

    boolean active() {
        return withdrawnAt == null;
    }

    boolean awaitingConsent() {
        return consent == ConsentState.AWAITING;
    }

    boolean hasProposedNumbers() {
        return proposedResidentIdEncrypted != null || proposedCertificateEncrypted != null;
    }

    /** The helper's unconfirmed numbers, already encrypted; either may be null. */
    Help proposing(@Nullable String residentIdEncrypted, @Nullable String certificateEncrypted) {
        return new Help(id, helperAccountId, personId, personName, personPhone, relationship, consent, consentAt,
                confirmedBy, residentIdEncrypted, certificateEncrypted, createdAt, withdrawnAt, confirmedOn, confirmedPlace,
                version);
    }

    /**
     * The person agreed. Proposed numbers that were taken over into the person's record are dropped from here
     * ({@code numbersTaken}); otherwise they stay, still unconfirmed, for staff to look at.
     */
    Help confirmed(ConsentState how, @Nullable Long staffAccountId, Instant now, boolean numbersTaken) {
        if (how != ConsentState.CONFIRMED_BY_CODE) {
            throw new IllegalArgumentException("not a confirmation by code: " + how);
        }
        return confirmed(how, staffAccountId, now, numbersTaken, null, null);
    }

    /** Staff recorded that the person agreed face to face, on {@code on} at {@code place} (an office, not a person). */
    Help confirmedInPerson(long staffAccountId, Instant now, boolean numbersTaken, LocalDate on, String place) {
        return confirmed(ConsentState.CONFIRMED_IN_PERSON, staffAccountId, now, numbersTaken, on, place);
    }

    private Help confirmed(ConsentState how, @Nullable Long staffAccountId, Instant now, boolean numbersTaken,
            @Nullable LocalDate on, @Nullable String place) {
        return new Help(id, helperAccountId, personId, personName, personPhone, relationship, how, now, staffAccountId,
                numbersTaken ? null : proposedResidentIdEncrypted, numbersTaken ? null : proposedCertificateEncrypted,
                createdAt, withdrawnAt, on, place, version);
    }

    Help withdrawn(Instant now) {
        return new Help(id, helperAccountId, personId, personName, personPhone, relationship, consent, consentAt,
                confirmedBy, proposedResidentIdEncrypted, proposedCertificateEncrypted, createdAt, now, confirmedOn,
                confirmedPlace, version);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("help not saved yet");
        }
        return id;
    }

    @Override
    public String toString() {
        // Never the typed name, phone or numbers: this may end up in a log line.
        return "Help[id=" + id + ", person=" + personId + ", consent=" + consent + "]";
    }
}
