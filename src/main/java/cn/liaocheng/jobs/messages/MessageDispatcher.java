package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.messages.MessageChannel.Result;
import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends queued SMS and voice-call messages: the first try once the change that caused them has committed
 * (asynchronously, in a transaction of its own, through Spring Modulith's event publication registry, which wrote the
 * {@link MessageQueued} event in the change's transaction), later tries from {@link MessageRetries}. The outbox row
 * keeps the schedule: a try that failed is counted and the next one set {@link RetrySchedule a growing pause} later,
 * until {@code portal.messages.retry.max-attempts} tries have failed; a refusal that another try would not change
 * (a wrong number, a limit for the number) is FAILED at once. A failure here never reaches the person who made the
 * change.
 *
 * <p>A message stays QUEUED, and is not tried again by itself, when no gateway or template exists (to be sent when
 * one is wired, or followed up by staff) or the person has no phone now; IN_PERSON messages stay QUEUED for the
 * township office, which has no screen for them yet. Log lines name the message id, channel and the provider's code
 * only, never the number or the text.
 */
@Component
class MessageDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);

    private final OutgoingMessageStore outbox;
    private final Recipients recipients;
    private final MessageChannel channel;
    private final Clock clock;
    private final RetrySchedule schedule;

    MessageDispatcher(OutgoingMessageStore outbox, Recipients recipients, MessageChannel channel, Clock clock,
            RetrySchedule schedule) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.channel = channel;
        this.clock = clock;
        this.schedule = schedule;
    }

    @ApplicationModuleListener
    void on(MessageQueued event) {
        send(event.messageId());
    }

    /**
     * Tries one queued message whose try is due; anything else is left as it is, so a repeated try never sends twice.
     * The row stays locked until this transaction ends: a second try running at the same time waits and then finds it
     * SENT, or not yet due.
     */
    void send(long messageId) {
        var message = outbox.findForUpdate(messageId).orElse(null);
        var now = clock.instant();
        if (message == null || message.status() != Status.QUEUED || message.channel() == Channel.IN_PERSON
                || message.nextAttemptAt() == null || message.nextAttemptAt().isAfter(now)) {
            return;
        }
        // The number as it is now: the person may have changed it since the message was queued.
        var phone = recipients.phoneOf(message.personId(), message.staffAccountId()).orElse(null);
        if (phone == null) {
            log.warn("Message {} ({}) stays queued: the person has no phone number now", messageId, message.channel());
            outbox.park(messageId);
            return;
        }
        var delivery = message.channel() == Channel.PHONE_CALL
                ? MessageChannel.Delivery.VOICE_CALL : MessageChannel.Delivery.SMS;
        var outgoing = new MessageChannel.Outgoing(messageId, message.textKey(), message.parameters(), message.text(),
                message.language());
        Result result;
        try {
            result = channel.send(phone, outgoing, delivery);
        } catch (RuntimeException e) {
            // Only the exception's type: a gateway's message may repeat the number or the text.
            result = new Result.Failed(e.getClass().getSimpleName());
        }
        switch (result) {
            case Result.Sent(var provider, var providerMessageId) ->
                    outbox.markSent(messageId, now, provider, providerMessageId);
            case Result.NotAvailable() -> {
                log.warn("Message {} ({}) stays queued: no SMS gateway, voice-call service or template is configured "
                        + "for it", messageId, message.channel());
                outbox.park(messageId);
            }
            case Result.Refused(var reason) -> {
                log.error("Message {} ({}) was refused ({}) and is given up: staff should tell the person", messageId,
                        message.channel(), reason);
                outbox.markFailed(messageId, reason, true);
            }
            case Result.Failed(var reason) -> failed(message, reason, now);
        }
    }

    private void failed(OutgoingMessage message, String reason, Instant now) {
        int attempts = message.attempts() + 1;
        if (attempts >= schedule.maxAttempts()) {
            log.error("Message {} ({}) failed {} times, the last with {}, and is given up: staff should tell the "
                    + "person", message.id(), message.channel(), attempts, reason);
            outbox.markFailed(message.id(), reason, true);
            return;
        }
        Duration pause = schedule.pauseAfter(attempts);
        log.warn("Message {} ({}) was not sent ({}); try {} of {} in {}", message.id(), message.channel(), reason,
                attempts + 1, schedule.maxAttempts(), pause);
        outbox.retryLater(message.id(), reason, now.plus(pause));
    }
}
