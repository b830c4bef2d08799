package cn.liaocheng.jobs.profile;

import java.time.Instant;

/** What happened when a helper asked for a consent code to be sent to the person's phone. */
public sealed interface ConsentCodeOutcome {

    record Sent(Instant expiresAt) implements ConsentCodeOutcome {}

    /** A code went to this phone a moment ago. */
    record TooSoon(Instant retryAt) implements ConsentCodeOutcome {}

    /** The limit on codes for this phone, this network or the portal is reached (SMS can be used to harass). */
    record LimitReached(Instant retryAt) implements ConsentCodeOutcome {}

    /** The person has no phone on record: consent only in person at the township. */
    record NoPhone() implements ConsentCodeOutcome {}

    /** Not the signed-in helper's request, withdrawn, already confirmed, or no such id. */
    record NotFound() implements ConsentCodeOutcome {}
}
