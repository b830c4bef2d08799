package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends queued SMS and voice-call messages once the change that caused them has committed, in a transaction of its
 * own. A failure here never reaches the person who made the change (it is committed already): the message is marked
 * FAILED, or stays QUEUED when no gateway exists. IN_PERSON messages stay QUEUED for the township office, which has no
 * screen for them yet. Log lines name the message id and channel only, never the number or the text.
 */
@Component
class MessageDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final OutgoingMessageStore outbox;
    private final ProfileService profiles;
    private final MessageChannel channel;
    private final Clock clock;

    MessageDispatcher(OutgoingMessageStore outbox, ProfileService profiles, MessageChannel channel, Clock clock) {
        this.outbox = outbox;
        this.profiles = profiles;
        this.channel = channel;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(MessagesQueued event) {
        for (long id : event.messageIds()) {
            try {
                send(id);
            } catch (RuntimeException e) {
                // The change is committed: an outbox problem must not show the person an error page for it.
                log.error("Message {} could not be handled and stays as it was: {}", id, e.getClass().getName());
            }
        }
    }

    /** Sends one queued message; anything else is left as it is. */
    void send(long messageId) {
        var message = outbox.find(messageId).orElse(null);
        if (message == null || message.status() != Status.QUEUED || message.channel() == Channel.IN_PERSON) {
            return;
        }
        // The number as it is now: the person may have changed it since the message was queued.
        var phone = profiles.contactForSystemMessage(message.personId()).map(c -> c.phone()).orElse(null);
        if (phone == null) {
            log.warn("Message {} ({}) stays queued: the person has no phone number now", messageId, message.channel());
            return;
        }
        var delivery = message.channel() == Channel.PHONE_CALL
                ? MessageChannel.Delivery.VOICE_CALL : MessageChannel.Delivery.SMS;
        try {
            switch (channel.send(phone, message.text(), message.language(), delivery)) {
                case SENT -> outbox.markSent(messageId, clock.instant());
                case NOT_AVAILABLE -> log.warn("Message {} ({}) stays queued: no SMS gateway or voice-call service is "
                        + "configured", messageId, message.channel());
            }
        } catch (RuntimeException e) {
            // Only the exception's type: a gateway's message may repeat the number or the text.
            log.error("Message {} ({}) failed: {}", messageId, message.channel(), e.getClass().getName());
            outbox.markFailed(messageId);
        }
    }
}
