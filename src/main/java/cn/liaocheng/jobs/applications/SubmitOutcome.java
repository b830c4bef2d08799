package cn.liaocheng.jobs.applications;

/** What happened when 提交申请 was pressed. */
public sealed interface SubmitOutcome {

    record Submitted(String reference) implements SubmitOutcome {}

    /** Pressed twice, resent, or sent from another tab: still one application. */
    record AlreadySubmitted(String reference) implements SubmitOutcome {}

    /** A helper whose consent the person has not given yet: drafts only. */
    record ConsentAwaited() implements SubmitOutcome {}

    /** An answer is missing or wrong; the person goes back to this step. */
    record Incomplete(String stepId) implements SubmitOutcome {}

    /** The offer stopped taking applications before this draft was sent; the draft is kept. */
    record OfferClosed() implements SubmitOutcome {}

    /** The answers changed since the check page was opened. */
    record Conflict() implements SubmitOutcome {}
}
