package cn.liaocheng.jobs.messages;

/**
 * The gateway refused or failed; the event publication registry will try again. The message names the outbox row,
 * the channel and the gateway's exception type only, never the gateway's own message, which may repeat the number
 * or the text (it is logged).
 */
class MessageNotSentException extends RuntimeException {

    MessageNotSentException(long messageId, OutgoingMessage.Channel channel, RuntimeException cause) {
        super("Message " + messageId + " (" + channel + ") was not sent: " + cause.getClass().getName(), null, false,
                false);
    }
}
