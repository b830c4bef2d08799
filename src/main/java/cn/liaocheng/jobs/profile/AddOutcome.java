package cn.liaocheng.jobs.profile;

/** What happened when a helper added a person. */
public sealed interface AddOutcome {

    /** The person was added (or an existing record with this phone was attached); consent is awaited. */
    record Added(long helpId, long personId) implements AddOutcome {}

    /** The phone number is the helper's own: a code sent there would prove nothing. */
    record OwnPhone() implements AddOutcome {}

    /** The helper already helps this person. */
    record AlreadyHelping(long helpId) implements AddOutcome {}

    /** The ID number is registered for a person with another phone number. */
    record IdAlreadyRegistered() implements AddOutcome {}
}
