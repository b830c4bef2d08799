package cn.liaocheng.jobs.messages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of the outbox: to a person ({@code personId}), or to a staff account ({@code staffAccountId}, with
 * {@code personId} 0). {@code text} may hold what staff typed (a reason, what to bring), so it never goes into a
 * production log; {@link #toString()} leaves it out.
 */
public record OutgoingMessage(long id, long personId, @Nullable Long applicationId, List<Long> accountIds,
        Channel channel, String textKey, List<String> parameters, Locale language, String text, Status status,
        Instant createdAt, @Nullable Instant sentAt, @Nullable Long staffAccountId) {

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
        /** The gateway kept failing for {@code portal.messages.give-up-after}; staff should tell the person. */
        FAILED
    }

    public OutgoingMessage {
        accountIds = List.copyOf(accountIds);
        parameters = List.copyOf(parameters);
    }

    @Override
    public String toString() {
        return "OutgoingMessage[id=" + id + ", channel=" + channel + ", key=" + textKey + ", status=" + status + "]";
    }
}
