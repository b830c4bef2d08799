package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends queued SMS and voice-call messages once the change that caused them has committed: asynchronously, in a
 * transaction of its own, through Spring Modulith's event publication registry. The registry wrote the
 * {@link MessageQueued} event in the change's transaction; when the gateway fails, this listener fails, and
 * {@code platform.EventPublicationHousekeeping} resubmits it with a back-off until it is sent, or until
 * {@code portal.messages.give-up-after} has passed since the message was queued, when it is marked FAILED for staff
 * to follow up. A failure here never reaches the person who made the change.
 *
 * <p>A message stays QUEUED, and is not retried, when no gateway exists (to be sent when one is wired, or followed up
 * by staff) or the person has no phone now; IN_PERSON messages stay QUEUED for the township office, which has no
 * screen for them yet. Log lines name the message id and channel only, never the number or the text.
 */
@Component
class MessageDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final OutgoingMessageStore outbox;
    private final ProfileService profiles;
    private final StaffAccounts staffAccounts;
    private final MessageChannel channel;
    private final Clock clock;
    private final Duration giveUpAfter;

    MessageDispatcher(OutgoingMessageStore outbox, ProfileService profiles, StaffAccounts staffAccounts,
            MessageChannel channel, Clock clock,
            @Value("${portal.messages.give-up-after}") Duration giveUpAfter) {
        this.outbox = outbox;
        this.profiles = profiles;
        this.staffAccounts = staffAccounts;
        this.channel = channel;
        this.clock = clock;
        this.giveUpAfter = giveUpAfter;
    }

    @ApplicationModuleListener
    void on(MessageQueued event) {
        send(event.messageId());
    }

    /**
     * Sends one queued message; anything else is left as it is, so a repeated try never sends twice. The row stays
     * locked until this transaction ends: a second try running at the same time waits and then finds it SENT.
     *
     * @throws MessageNotSentException when the gateway failed and the message is to be tried again
     */
    void send(long messageId) {
        var message = outbox.findForUpdate(messageId).orElse(null);
        if (message == null || message.status() != Status.QUEUED || message.channel() == Channel.IN_PERSON) {
            return;
        }
        // The number as it is now: the person may have changed it since the message was queued.
        var phone = message.staffAccountId() != null
                ? staffAccounts.phoneForSystemMessage(message.staffAccountId()).orElse(null)
                : profiles.contactForSystemMessage(message.personId()).map(c -> c.phone()).orElse(null);
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
            if (message.createdAt().plus(giveUpAfter).isBefore(clock.instant())) {
                // Only the exception's type: a gateway's message may repeat the number or the text.
                log.error("Message {} ({}) failed again and is given up, queued more than {} ago: {}", messageId,
                        message.channel(), giveUpAfter, e.getClass().getName());
                outbox.markFailed(messageId);
                return;
            }
            throw new MessageNotSentException(messageId, message.channel(), e);
        }
    }
}
