package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Delivers a message to a phone, like accounts' verification channel: {@link SmsMessageChannel} through the
 * configured SMS provider. Without one, {@link UnavailableMessageChannel} keeps every message queued; the default run
 * and the tests log them instead ({@link LoggingMessageChannel}). Implementations must never log the number unmasked
 * or the text.
 */
public interface MessageChannel {

    /** A text message, or a call that reads the text aloud (for people who cannot read an SMS). */
    enum Delivery {
        SMS, VOICE_CALL
    }

    /**
     * One message as the outbox holds it: the text as rendered, and the key and parameters it was rendered from, for
     * providers that send only templates registered in advance.
     */
    record Outgoing(long messageId, String textKey, List<String> parameters, String text, Locale language) {
        public Outgoing {
            parameters = List.copyOf(parameters);
        }

        @Override
        public String toString() {
            return "Outgoing[messageId=" + messageId + ", textKey=" + textKey + "]";
        }
    }

    /** What became of one try. Reasons are short codes (the provider's error code), never its message text. */
    sealed interface Result {
        /** Handed to the gateway; {@code providerMessageId} asks for the delivery receipt, when it has receipts. */
        record Sent(@Nullable String provider, @Nullable String providerMessageId) implements Result {}

        /** No gateway (or no template) for it here: nothing was sent; the message waits, and is not retried. */
        record NotAvailable() implements Result {}

        /** Refused for good (a wrong number, a limit for the number): marked FAILED now, for staff to follow up. */
        record Refused(String reason) implements Result {}

        /** Not sent this time (down, slow, throttled): tried again later, with a growing pause. */
        record Failed(String reason) implements Result {}
    }

    /** An exception counts as {@link Result.Failed}. */
    Result send(PhoneNumber to, Outgoing message, Delivery delivery);
}
