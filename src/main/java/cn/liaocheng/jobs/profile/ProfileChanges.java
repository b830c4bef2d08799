package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the person filled in on 我的资料, already validated. A null ID or certificate number keeps the stored one
 * (the form shows it masked and leaves the field empty). Without {@code sensitiveConsent} no ID, certificate or
 * support need may be given; the graduation year is kept only for higher education.
 */
public record ProfileChanges(String name, @Nullable PhoneNumber phone, @Nullable County county,
        @Nullable String township, @Nullable Household household, @Nullable Education education,
        @Nullable Integer graduationYear, ContactPreference contactPreference, boolean sensitiveConsent,
        @Nullable ResidentIdNumber residentId, @Nullable DisabilityCertificateNumber certificate,
        Set<SupportNeed> supportNeeds) {

    public ProfileChanges {
        supportNeeds = Set.copyOf(supportNeeds);
        if (!sensitiveConsent && (residentId != null || certificate != null || !supportNeeds.isEmpty())) {
            throw new IllegalArgumentException("sensitive data needs the person's consent");
        }
        if (residentId != null && certificate != null && !certificate.idNumber().equals(residentId)) {
            throw new IllegalArgumentException("the certificate belongs to another ID number");
        }
    }
}
