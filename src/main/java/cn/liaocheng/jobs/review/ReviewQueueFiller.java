package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.ApplicationStatusChanged;
import cn.liaocheng.jobs.applications.ApplicationSubmitted;
import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the queue in step with the applications, in the same transaction as the change (a plain, synchronous
 * listener rather than an {@code @ApplicationModuleListener}): a submission and its queue row commit or fail together,
 * so the queue never misses one and never lags behind what the applicant was shown (decision 0013).
 */
@Component
class ReviewQueueFiller {

    private final ReviewCaseStore cases;
    private final ApplicationService applications;
    private final ProfileService profiles;
    private final Clock clock;

    ReviewQueueFiller(ReviewCaseStore cases, ApplicationService applications, ProfileService profiles, Clock clock) {
        this.cases = cases;
        this.applications = applications;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Runs as the person or helper who submitted, who may read the application. */
    @EventListener
    void on(ApplicationSubmitted event) {
        var details = applications.find(event.applicationId())
                .orElseThrow(() -> new IllegalStateException("the submitter cannot read what they submitted"));
        var application = details.application();
        var residence = profiles.residence(event.personId());
        var county = residence.county() != null ? residence.county() : details.offer().county();
        var submitter = application.submittedBy();
        cases.insert(new ReviewCase(event.applicationId(), event.reference(), event.personId(), county,
                residence.township(), details.offer().slug(), details.offer().kind(), details.offer().title().zh(),
                details.personName() == null ? "" : details.personName(), submitter != null && submitter.isHelper(),
                application.submittedAt() == null ? clock.instant() : application.submittedAt(),
                ApplicationStatus.SUBMITTED, clock.instant(), null, null, 0));
    }

    /** Staff decisions, and the applicant answering 需补充材料. */
    @EventListener
    void on(ApplicationStatusChanged event) {
        cases.statusChanged(event.applicationId(), event.to(), clock.instant());
    }
}
