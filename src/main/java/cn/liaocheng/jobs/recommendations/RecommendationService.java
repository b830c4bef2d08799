package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.OfferSummary;
import cn.liaocheng.jobs.profile.PersonSummary;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way into 为您推荐. Staff record what an assessment found when they finish it (review calls
 * {@link #record} in its 办结); the person, a helper the person agreed to, and the county's staff read the
 * recommendations. Who may see a person is the profile's decision ({@link ProfileService#find}): a stranger, a helper
 * still waiting for consent and a withdrawn helper all get "not found", and staff see only their county's.
 */
@Service
public class RecommendationService {

    /** Enough offers of one subtype to rank; the catalogue of one subtype is far smaller. */
    static final int PER_SUBTYPE = 100;

    private final AssessmentStore assessments;
    private final ProfileService profiles;
    private final StaffService staff;
    private final CatalogueService catalogue;
    private final Clock clock;

    RecommendationService(AssessmentStore assessments, ProfileService profiles, StaffService staff,
            CatalogueService catalogue, Clock clock) {
        this.assessments = assessments;
        this.profiles = profiles;
        this.staff = staff;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Records the findings of the assessment application {@code applicationId} for the person, in the caller's
     * transaction (review's 办结, after its version claim). The findings must be complete ({@link Findings#problems});
     * the county must be in the staff member's scope.
     *
     * @return false when this application's assessment was recorded already (nothing changes)
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public boolean record(long applicationId, long personId, County county, Findings findings) {
        var me = staff.requireCurrent();
        if (!me.mayWorkIn(county)) {
            throw new AccessDeniedException("not this staff member's county");
        }
        if (!findings.problems().isEmpty()) {
            throw new IllegalArgumentException("incomplete findings: " + findings.problems());
        }
        return assessments.insert(applicationId, personId, county, findings, me.accountId(), clock.instant());
    }

    /**
     * 为您推荐 for a person the signed-in account is, or helps with the person's consent; empty for anyone else (the
     * page shows not-found). Without a recorded assessment, {@code recommendations} is null.
     */
    @Transactional(readOnly = true)
    public Optional<PersonRecommendations> forPerson(long personId) {
        return profiles.find(personId).filter(p -> !p.awaitingConsent())
                .map(person -> new PersonRecommendations(person,
                        assessments.newestOf(personId).map(this::recommend).orElse(null)));
    }

    /** The people the signed-in account may see recommendations for: itself first, then those who agreed. */
    @Transactional(readOnly = true)
    public List<PersonSummary> people() {
        return profiles.peopleICanApplyFor().stream().filter(p -> !p.awaitingConsent()).toList();
    }

    /** The signed-in account's own person, if it has a profile. */
    @Transactional(readOnly = true)
    public Optional<Long> ownPersonId() {
        return profiles.ownPersonId();
    }

    /**
     * For staff advising on the assessment application {@code applicationId}: what was recorded at its 办结 and the
     * offers that fit, if it is in the staff member's county; empty otherwise.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public Optional<Recommendations> forApplication(long applicationId) {
        return assessments.findByApplication(applicationId, staff.requireCurrent().countyScope())
                .map(this::recommend);
    }

    /** For 我的数据: every assessment recorded for the signed-in account's own person, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedAssessment> exportForOwnPerson() {
        return profiles.ownPersonId().map(assessments::allOf).orElse(List.of());
    }

    private Recommendations recommend(RecordedAssessment recorded) {
        var assessment = recorded.findings().assessment(recorded.county());
        var all = Matcher.match(assessment, candidates(assessment));
        int shown = Math.min(all.size(), Recommendations.SHOWN);
        return new Recommendations(recorded, all.subList(0, shown), all.size() - shown);
    }

    /** The open offers of every subtype an ability, interest or direction fits: the only ones that can match. */
    private List<Candidate> candidates(Assessment assessment) {
        var today = catalogue.today();
        var bySlug = new LinkedHashMap<String, OfferSummary>();
        for (var subtype : OfferSubtype.values()) {
            if (!mayFit(assessment, subtype)) {
                continue;
            }
            var filter = new OfferFilter("", null, null, subtype, null, false, true);
            catalogue.search(filter, 0, PER_SUBTYPE).getContent().stream().filter(OfferSummary::openNow)
                    .forEach(o -> bySlug.putIfAbsent(o.slug(), o));
        }
        var candidates = new ArrayList<Candidate>();
        bySlug.keySet().forEach(slug -> catalogue.findPublicBySlug(slug)
                .map(offer -> Candidate.of(offer, today)).ifPresent(candidates::add));
        return candidates;
    }

    private static boolean mayFit(Assessment assessment, OfferSubtype subtype) {
        return assessment.abilities().stream().anyMatch(a -> a.isUsedBy(subtype))
                || assessment.interests().stream().anyMatch(a -> a.isUsedBy(subtype))
                || assessment.directions().stream().anyMatch(d -> d.leadsTo(subtype));
    }
}
