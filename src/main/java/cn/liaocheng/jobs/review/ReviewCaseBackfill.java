package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.profile.ProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications sent before the queue existed (V0110) have no queue row, so no staff member could ever see them. At
 * every start this adds the missing rows through the applications' and profiles' public services, as the
 * {@link ReviewQueueFiller} would have made them, keeping the application's current status (decision 0017). Once none
 * is missing it costs two id queries; an insert racing a live submission is ignored by {@code on conflict do nothing}.
 */
@Component
@Order(1)
class ReviewCaseBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewCaseBackfill.class);

    private final ReviewCaseStore cases;
    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final ProfileService profiles;

    ReviewCaseBackfill(ReviewCaseStore cases, ApplicationService applications, CatalogueService catalogue,
            ProfileService profiles) {
        this.cases = cases;
        this.applications = applications;
        this.catalogue = catalogue;
        this.profiles = profiles;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var known = cases.applicationIds();
        int added = 0;
        for (var sent : applications.sentApplications()) {
            if (known.contains(sent.applicationId())) {
                continue;
            }
            var offer = catalogue.findBySlug(sent.offerSlug());
            if (offer.isEmpty()) {
                // An offer removed from the catalogue: nothing to file it under; left for a person to look into.
                log.warn("Application {} has no offer any more; not added to the review queue", sent.applicationId());
                continue;
            }
            var residence = profiles.residence(sent.personId());
            var county = residence.county() != null ? residence.county() : offer.get().county();
            cases.insert(new ReviewCase(sent.applicationId(), sent.reference(), sent.personId(), county,
                    residence.township(), offer.get().slug(), offer.get().kind(), offer.get().title().zh(),
                    profiles.nameForReferral(sent.personId()).orElse(""), sent.onBehalf(), sent.submittedAt(),
                    sent.status(), sent.submittedAt(), null, null, 0));
            added++;
        }
        if (added > 0) {
            log.info("Added {} applications sent before the review queue existed to it", added);
        }
    }
}
