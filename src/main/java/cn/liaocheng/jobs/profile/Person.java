package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code profile_person}. Only this package sees it: ID and certificate numbers and support needs are held
 * here encrypted, and the numbers leave the package only masked. Mutable, because a profile is edited field by field; {@link #version} stops a
 * helper's save from silently overwriting the person's own.
 */
@Table("profile_person")
class Person {

    @Id @Nullable Long id;
    @Nullable Long ownAccountId;
    String name;
    @Nullable String phoneNumber;
    @Nullable String residentIdEncrypted;
    @Nullable String residentIdIndex;
    // Category and grade are read from the certificate number; there are no plain columns for them.
    @Nullable String certificateEncrypted;
    @Nullable County county;
    @Nullable String township;
    @Nullable Household household;
    @Nullable Education education;
    @Nullable Integer graduationYear;
    ContactPreference contactPreference;
    /** Encrypted SupportNeed names ({@code ""} for none): health data. */
    String supportNeeds;
    @Nullable Instant sensitiveConsentAt;
    @Nullable Long sensitiveConsentBy;
    long createdBy;
    Instant createdAt;
    Instant updatedAt;
    @Version int version;

    @PersistenceCreator
    Person(@Nullable Long id, String name, ContactPreference contactPreference, String supportNeeds, long createdBy,
            Instant createdAt, Instant updatedAt, int version) {
        this.id = id;
        this.name = name;
        this.contactPreference = contactPreference;
        this.supportNeeds = supportNeeds;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Person create(String name, long createdBy, Instant now) {
        return new Person(null, name, ContactPreference.SMS, "", createdBy, now, now, 0);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("person not saved yet");
        }
        return id;
    }

    boolean hasSensitiveConsent() {
        return sensitiveConsentAt != null;
    }

    /** Removes the disability and health data and the consent for it; what the person typed otherwise stays. */
    void forgetSensitiveData(Instant now) {
        residentIdEncrypted = null;
        residentIdIndex = null;
        certificateEncrypted = null;
        supportNeeds = "";
        sensitiveConsentAt = null;
        sensitiveConsentBy = null;
        updatedAt = now;
    }

    @Override
    public String toString() {
        // Never the name, phone or numbers: this may end up in a log line.
        return "Person[id=" + id + "]";
    }
}
