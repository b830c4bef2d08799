package cn.liaocheng.jobs.profile;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the profile knows about a person, for pre-filling application forms. Sensitive values only masked.
 * {@code maskedResidentId} is empty when no ID number is stored (no sensitive-data consent, or deleted);
 * category, grade and support needs are then empty too.
 */
public record ApplicantFacts(long personId, String name, String maskedResidentId,
        @Nullable DisabilityCategory category, @Nullable Integer grade, @Nullable County county,
        @Nullable String township, @Nullable Household household,
        @Nullable Education education, @Nullable Integer graduationYear,
        ContactPreference contactPreference, Set<SupportNeed> supportNeeds,
        @Nullable PhoneNumber phone) {

    public ApplicantFacts {
        supportNeeds = Set.copyOf(supportNeeds);
    }

    public boolean hasResidentId() {
        return !maskedResidentId.isEmpty();
    }
}
