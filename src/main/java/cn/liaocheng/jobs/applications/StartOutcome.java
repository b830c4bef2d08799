package cn.liaocheng.jobs.applications;

/** What happened when someone pressed 开始申请. */
public sealed interface StartOutcome {

    /** A new draft, or the person's existing draft for this offer, which resumes where it was left. */
    record Started(long applicationId, String step) implements StartOutcome {}

    /** The offer takes no applications today. */
    record OfferClosed() implements StartOutcome {}

    /** No such offer, or no such person for this account. */
    record NotFound() implements StartOutcome {}
}
