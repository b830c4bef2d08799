package cn.liaocheng.jobs.profile;

/** What happened when a helper added a person. */
public sealed interface AddOutcome {

    /**
     * The request was made; consent is awaited. Whether it joined a registered person's record or made a new one
     * is not told: the helper sees the same either way.
     */
    record Added(long helpId, long personId) implements AddOutcome {}

    /** The phone number is the helper's own: a code sent there would prove nothing. */
    record OwnPhone() implements AddOutcome {}

    /** The helper already asked for this name and phone (their own earlier request; nothing else is compared). */
    record AlreadyHelping(long helpId) implements AddOutcome {}
}
