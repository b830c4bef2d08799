package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An approved application for a course takes one of its seats, in the approval's own transaction: the course page
 * never shows a seat free that an approval already took, and an approval that rolls back gives it back. It lives
 * here rather than in the catalogue because the catalogue may not depend on applications (applications reads the
 * catalogue); the catalogue's {@link CatalogueService#takeSeat} is idempotent per application (decision 0018).
 */
@Component
class ApprovedCourseSeats {

    private final ApplicationStore store;
    private final CatalogueService catalogue;

    ApprovedCourseSeats(ApplicationStore store, CatalogueService catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    @EventListener
    void on(ApplicationStatusChanged event) {
        if (event.to() != ApplicationStatus.APPROVED) {
            return;
        }
        store.find(event.applicationId())
                .ifPresent(application -> catalogue.takeSeat(application.offerId(), event.applicationId()));
    }
}
