package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.Locale;

/**
 * Delivers a message to a phone, like accounts' verification channel: production wires an SMS gateway and a
 * voice-call service (text to speech) as one bean of this type. Without one, {@link UnavailableMessageChannel} keeps
 * every message queued; the default run and the tests log them instead ({@link LoggingMessageChannel}).
 * Implementations must never log the number unmasked or the text.
 */
public interface MessageChannel {

    /** A text message, or a call that reads the text aloud (for people who cannot read an SMS). */
    enum Delivery {
        SMS, VOICE_CALL
    }

    enum Result {
        /** Handed to the gateway. */
        SENT,
        /** No gateway here: the message stays queued and nothing was sent. */
        NOT_AVAILABLE
    }

    /** Throws when the gateway refused or failed; the message is tried again later, and marked FAILED after a day. */
    Result send(PhoneNumber to, String text, Locale language, Delivery delivery);
}
