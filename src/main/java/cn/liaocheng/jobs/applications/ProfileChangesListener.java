package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.profile.HelperWithdrawn;
import cn.liaocheng.jobs.profile.SensitiveDataDeleted;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the profile's decisions about the person, in the same transaction as the decision. Access itself needs
 * nothing here: {@link ApplicationService} asks the profile on every call, so a withdrawn helper loses the person's
 * applications at once.
 */
@Component
class ProfileChangesListener {

    /** Answers that carry health or disability data, which a draft loses when the person asks for its deletion. */
    static final List<String> SENSITIVE_ANSWERS = List.of("support-needs", "other-needs", "certificate-photo");

    private final ApplicationStore store;
    private final Clock clock;

    ProfileChangesListener(ApplicationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(HelperWithdrawn event) {
        store.forgetNotifications(event.helperAccountId(), event.personId());
    }

    /**
     * Sent applications are the legal record and keep their answers, with a visible mark; drafts were never sent,
     * so their health answers (and the certificate photo) are taken out, like the profile's own copy.
     */
    @EventListener
    @Transactional
    void on(SensitiveDataDeleted event) {
        var now = clock.instant();
        store.flagSensitiveDataDeleted(event.personId(), now);
        store.removeFromDrafts(event.personId(), SENSITIVE_ANSWERS, now);
    }
}
