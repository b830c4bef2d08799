package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shared.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * A person a helper adds, already validated. Without a phone, consent can only be confirmed in person by staff.
 * ID and certificate numbers only when the helper confirms that the person agreed to their storage.
 */
public record NewPerson(String name, Relationship relationship, @Nullable PhoneNumber phone,
        boolean personAgreedToSensitiveData, @Nullable ResidentIdNumber residentId,
        @Nullable DisabilityCertificateNumber certificate) {

    public NewPerson {
        if (!personAgreedToSensitiveData && (residentId != null || certificate != null)) {
            throw new IllegalArgumentException("sensitive data needs the person's consent");
        }
        if (residentId != null && certificate != null && !certificate.idNumber().equals(residentId)) {
            throw new IllegalArgumentException("the certificate belongs to another ID number");
        }
    }
}
