package cn.liaocheng.jobs.messages;

/**
 * Within this capability: an outbox row written in the current transaction, to be sent once it has committed. One
 * event per message, so that a failing message is retried on its own; only the id, so that the event publication
 * registry, which stores the event, holds no text and no number.
 */
record MessageQueued(long messageId) {
}
