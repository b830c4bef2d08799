package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.applications.ApplicationPartnerStepRecorded;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.ApplicationStatusChanged;
import cn.liaocheng.jobs.applications.ApplicationSubmitted;
import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.profile.MessageContact;
import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the person about their application the way they chose: one outbox row per event, written just before the
 * change commits and in the same transaction (BEFORE_COMMIT), so a rolled-back change is never told and a committed
 * one never goes untold. Sending waits until after the commit ({@link MessageDispatcher}); the {@link MessageQueued}
 * event published here is kept by the event publication registry in the same transaction, so it is not lost either.
 *
 * <p>Only the person gets an SMS or call. Their helpers already get the in-app notification from applications; a
 * helper's phone number was given to act for the person, not to receive their news by SMS, and staff's reason may
 * say more than the person wants a relative's phone to show.
 */
@Component
class ApplicationMessages {

    private final ProfileService profiles;
    private final OutgoingMessageStore outbox;
    private final MessageTexts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationMessages(ProfileService profiles, OutgoingMessageStore outbox, MessageTexts texts,
            ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ApplicationSubmitted event) {
        queue(event.personId(), event.applicationId(), "message.application.submitted", event.reference());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ApplicationStatusChanged event) {
        var reason = Objects.requireNonNullElse(event.reason(), "");
        switch (event.to()) {
            case IN_REVIEW, APPROVED, COMPLETED -> queue(event.personId(), event.applicationId(), key(event.to()),
                    event.reference());
            case MORE_INFO_NEEDED, REJECTED -> queue(event.personId(), event.applicationId(), key(event.to()),
                    event.reference(), reason);
            // Not reachable by a status change; submission has its own event.
            case DRAFT, SUBMITTED -> { }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(ApplicationPartnerStepRecorded event) {
        var key = "message.application.partner-step." + event.step().name().toLowerCase(Locale.ROOT).replace('_', '-');
        queue(event.personId(), event.applicationId(), key, event.reference(),
                Objects.requireNonNullElse(event.detail(), ""));
    }

    private static String key(ApplicationStatus status) {
        return "message.application." + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void queue(long personId, long applicationId, String key, String... parameters) {
        var found = profiles.contactForSystemMessage(personId);
        if (found.isEmpty()) {
            // The person deleted their account: their sent applications are kept as the record, and a record is
            // not a reason to contact them (decision 0005).
            return;
        }
        var contact = found.get();
        // The person's UI language lives in a browser cookie, not in the profile: until it is stored, Chinese.
        var text = texts.render(key, Locale.SIMPLIFIED_CHINESE, parameters);
        long id = outbox.queue(personId, applicationId, profiles.accountsToNotify(personId), channelFor(contact), text,
                clock.instant());
        events.publishEvent(new MessageQueued(id));
    }

    /** The contact preference decides; without a phone of their own, the township office tells the person. */
    static Channel channelFor(MessageContact contact) {
        if (contact.phone() == null) {
            return Channel.IN_PERSON;
        }
        return switch (contact.preference()) {
            case SMS -> Channel.SMS;
            case PHONE_CALL -> Channel.PHONE_CALL;
            case IN_PERSON -> Channel.IN_PERSON;
        };
    }
}
