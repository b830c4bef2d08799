package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One thing the action plan offers: a course, an incubation zone, a loan or a job programme.
 * Every offer names the plan measure it implements, its lead department (牵头单位) and a contact.
 */
@Table("catalogue_offer")
public record Offer(
        @Id @Nullable Long id,
        @Version int version,
        String slug,
        OfferKind kind,
        OfferSubtype subtype,
        County county,
        @Embedded.Nullable(prefix = "township_") @Nullable LocalizedText township,
        String planMeasure,
        @Embedded.Empty(prefix = "title_") LocalizedText title,
        @Embedded.Empty(prefix = "summary_") LocalizedText summary,
        @Embedded.Empty(prefix = "details_") LocalizedText details,
        @Embedded.Empty(prefix = "provider_") LocalizedText provider,
        @Embedded.Nullable(prefix = "venue_") @Nullable LocalizedText venue,
        @Embedded.Empty(prefix = "lead_department_") LocalizedText leadDepartment,
        @Embedded.Empty(prefix = "contact_name_") LocalizedText contactName,
        String contactPhone,
        @Embedded.Empty(prefix = "how_to_apply_") LocalizedText howToApply,
        @Embedded.Empty(prefix = "eligibility_") LocalizedText eligibility,
        @Embedded.Nullable(prefix = "cost_") @Nullable LocalizedText cost,
        @Embedded.Nullable(prefix = "subsidy_") @Nullable LocalizedText subsidy,
        @Embedded.Nullable(prefix = "documents_") @Nullable LocalizedText documents,
        @Embedded.Nullable(prefix = "terms_") @Nullable LocalizedText terms,
        @Embedded.Nullable(prefix = "rate_") @Nullable LocalizedText rate,
        @Nullable Integer amountMinYuan,
        @Nullable Integer amountMaxYuan,
        @Nullable Integer spaceSqm,
        @Nullable Integer seatsTotal,
        @Nullable Integer seatsLeft,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable LocalDate applicationsOpenFrom,
        @Nullable LocalDate applicationsCloseOn,
        boolean suitsRural,
        boolean suitsGraduates,
        @MappedCollection(idColumn = "offer_id") Set<Suitability> suitableFor,
        @MappedCollection(idColumn = "offer_id") Set<Accessibility> accessibility,
        boolean sample,
        OfferStatus status) {

    public Offer {
        if (subtype.kind() != kind) {
            throw new IllegalArgumentException(subtype + " is not a kind of " + kind);
        }
        suitableFor = Set.copyOf(suitableFor);
        accessibility = Set.copyOf(accessibility);
    }

    /**
     * Applications are taken on this day: the offer is published, and its window has opened and not yet closed (no
     * end date: rolling).
     */
    public boolean isOpenOn(LocalDate day) {
        if (status != OfferStatus.PUBLISHED) {
            return false;
        }
        boolean opened = applicationsOpenFrom == null || !day.isBefore(applicationsOpenFrom);
        boolean notClosed = applicationsCloseOn == null || !day.isAfter(applicationsCloseOn);
        return opened && notClosed;
    }

    public boolean isFull() {
        return seatsLeft != null && seatsLeft == 0;
    }

    /** A disability category this offer is suitable for. */
    @Table("catalogue_offer_suitability")
    public record Suitability(DisabilityCategory category) {
    }

    /** An accessibility feature of the offer's venue or format. */
    @Table("catalogue_offer_accessibility")
    public record Accessibility(AccessibilityFeature feature) {
    }
}
