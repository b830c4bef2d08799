package cn.liaocheng.jobs.sms;

import java.time.Instant;

/** What the provider knows about an accepted message's delivery to the phone. */
public sealed interface SmsReceipt {

    /** The phone has not confirmed it yet. */
    record Waiting() implements SmsReceipt {}

    record Delivered(Instant at) implements SmsReceipt {}

    /** The network gave up; {@code reason} is the carrier's code as the provider reports it (low cardinality). */
    record Undelivered(String reason) implements SmsReceipt {}

    /** The provider could not be asked this time, or does not know the message (yet). */
    record Unknown(String reason) implements SmsReceipt {}
}
