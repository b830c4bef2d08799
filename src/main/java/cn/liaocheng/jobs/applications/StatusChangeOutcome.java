package cn.liaocheng.jobs.applications;

/** What happened when staff moved an application on. */
public sealed interface StatusChangeOutcome {

    record Changed(ApplicationStatus to) implements StatusChangeOutcome {}

    /** Not a move from the current status, e.g. approving a draft or reopening a rejection. */
    record NotAllowed(ApplicationStatus current) implements StatusChangeOutcome {}

    /** 未通过 and 需补充材料 need a reason the applicant can read. */
    record ReasonRequired() implements StatusChangeOutcome {}

    /** Someone else changed it at the same moment. */
    record Conflict() implements StatusChangeOutcome {}
}
