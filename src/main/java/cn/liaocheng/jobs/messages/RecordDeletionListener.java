package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.applications.ApplicationsDeleted;
import cn.liaocheng.jobs.profile.ProfileDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deleted account's person is told nothing more: messages still waiting (an SMS not sent yet, a note for the
 * township office) go, in the deleting transaction. Messages already sent or failed stay with the application they
 * are about, which the federation keeps as its record, and go with it (decision 0005).
 */
@Component
class RecordDeletionListener {

    private final OutgoingMessageStore outbox;

    RecordDeletionListener(OutgoingMessageStore outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Transactional
    void on(ProfileDeleted event) {
        if (event.personId() != null) {
            outbox.deleteQueued(event.personId());
        }
    }

    /** The applications' retention ended: the messages about them were part of that record and go with it. */
    @EventListener
    @Transactional
    void on(ApplicationsDeleted event) {
        outbox.deleteAbout(event.applicationIds());
    }
}
