package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.applications.ApplicationsDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's copy of a referral is part of the application it was made from: when the application's retention ends
 * and it is deleted, the copy and its steps go too, in the deleting transaction (synchronous, like the other deletion
 * listeners of decision 0012: it cannot be lost, and a failure fails the deletion).
 */
@Component
class ReferralRetention {

    private final ReferralStore store;

    ReferralRetention(ReferralStore store) {
        this.store = store;
    }

    @EventListener
    @Transactional
    void on(ApplicationsDeleted event) {
        store.deleteForApplications(event.applicationIds());
    }
}
