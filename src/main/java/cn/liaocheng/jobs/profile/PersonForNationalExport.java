package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.DisabilityCertificateNumber;
import cn.liaocheng.jobs.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * A person as the national real-name system asks for them, with the certificate number IN FULL: for the export file
 * only, never for a screen or a log. {@link #toString()} masks it, and {@link #certificateNumber()} holds it masked
 * until {@link DisabilityCertificateNumber#value()} is asked for on purpose.
 *
 * @param certificateNumber null when none is stored (no sensitive-data consent, or deleted)
 * @param phone             the contact number the person gave, or null
 */
public record PersonForNationalExport(long personId, String name,
        @Nullable DisabilityCertificateNumber certificateNumber, @Nullable PhoneNumber phone) {
}
