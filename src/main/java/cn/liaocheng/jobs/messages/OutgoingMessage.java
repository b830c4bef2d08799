package cn.liaocheng.jobs.messages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of the outbox: to a person ({@code personId}), or to a staff account ({@code staffAccountId}, with
 * {@code personId} 0). {@code text} may hold what staff typed (a reason, what to bring), so it never goes into a
 * production log; {@link #toString()} leaves it out.
 *
 * <p>{@code attempts} counts the tries that reached a gateway; {@code nextAttemptAt} is when the retry job tries
 * again (null: it will not by itself); {@code failureReason} is the provider's code for the last failed try.
 * {@code receipt} is what the provider reported about delivery to the phone, if it reports that.
 */
public record OutgoingMessage(long id, long personId, @Nullable Long applicationId, List<Long> accountIds,
        Channel channel, String textKey, List<String> parameters, Locale language, String text, Status status,
        Instant createdAt, @Nullable Instant sentAt, @Nullable Long staffAccountId, int attempts,
        @Nullable Instant nextAttemptAt, @Nullable String failureReason, @Nullable String providerMessageId,
        @Nullable ReceiptStatus receipt) {

    /** The provider's delivery receipt for a SENT message. */
    public enum ReceiptStatus {
        /** Accepted by the provider; the phone has not confirmed it yet. */
        WAITING,
        DELIVERED,
        /** The network could not deliver it (phone off for days, number out of service): staff should follow up. */
        UNDELIVERED
    }

    /** How the message reaches the person; follows their profile's contact preference. */
    public enum Channel {
        /** A text message to the person's phone. */
        SMS,
        /** An automated voice call reading the text, for people who cannot read an SMS. */
        PHONE_CALL,
        /** Township office staff tell the person; stays QUEUED until staff have a screen for it. */
        IN_PERSON
    }

    public enum Status {
        /** Waiting: to be sent (and retried while the gateway fails), or for the township office or a gateway. */
        QUEUED,
        SENT,
        /**
         * The gateway refused it for good, or kept failing for {@code portal.messages.retry.max-attempts} tries;
         * staff should tell the person.
         */
        FAILED
    }

    public OutgoingMessage {
        accountIds = List.copyOf(accountIds);
        parameters = List.copyOf(parameters);
    }

    @Override
    public String toString() {
        return "OutgoingMessage[id=" + id + ", channel=" + channel + ", key=" + textKey + ", status=" + status + ", attempts=" + attempts
                + ", failureReason=" + failureReason + ", receipt=" + receipt + "]";
    }
}
