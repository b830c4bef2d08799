package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything stored about the signed-in account's own person, for 我的资料 and 我的数据. ID and certificate numbers
 * only masked (empty when none is stored).
 */
public record ProfileDetails(long personId, String name, @Nullable PhoneNumber phone, String maskedResidentId,
        String maskedCertificate, @Nullable DisabilityCategory category, @Nullable Integer grade,
        @Nullable County county, @Nullable String township, @Nullable Household household,
        @Nullable Education education, @Nullable Integer graduationYear, ContactPreference contactPreference,
        Set<SupportNeed> supportNeeds, @Nullable Instant sensitiveConsentAt, Instant createdAt, Instant updatedAt) {

    public ProfileDetails {
        supportNeeds = Set.copyOf(supportNeeds);
    }

    public boolean hasSensitiveConsent() {
        return sensitiveConsentAt != null;
    }
}
