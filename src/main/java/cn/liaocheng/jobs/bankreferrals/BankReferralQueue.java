package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.ApplicationStatusChanged;
import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts an approved ABC referral into the bank's queue, after the approval committed, in a transaction of its own. The
 * event publication registry keeps the event until this has run, and resubmits it after a failure; the insert is
 * idempotent, so a retry never makes a second referral. Other offers and other decisions are ignored here.
 */
@Component
class BankReferralQueue {

    private final ApplicationService applications;
    private final ProfileService profiles;
    private final ReferralStore store;
    private final Clock clock;

    BankReferralQueue(ApplicationService applications, ProfileService profiles, ReferralStore store, Clock clock) {
        this.applications = applications;
        this.profiles = profiles;
        this.store = store;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ApplicationStatusChanged event) {
        if (event.to() != ApplicationStatus.APPROVED) {
            return;
        }
        applications.approvedBankReferral(event.applicationId()).ifPresent(request -> store.insert(request,
                profiles.nameForReferral(request.personId()).orElse(""), clock.instant()));
    }
}
