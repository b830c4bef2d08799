/**
 * Messages to a person about their applications, the way their profile's contact preference asks: an SMS, a voice
 * call, or a note for the township office to tell them in person. Written to an outbox in the same transaction as the
 * change that causes them, sent through a {@link cn.liaocheng.jobs.messages.MessageChannel} after the commit and
 * tried again on the outbox's own schedule when the gateway fails (decision 0026).
 * In-app notifications (to the person and their helpers) stay with the applications capability.
 */
@NullMarked
package cn.liaocheng.jobs.messages;

import org.jspecify.annotations.NullMarked;
