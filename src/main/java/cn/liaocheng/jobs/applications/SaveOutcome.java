package cn.liaocheng.jobs.applications;

/** What happened to a step's answers. */
public sealed interface SaveOutcome {

    record Saved(int version) implements SaveOutcome {}

    /** Someone saved this draft since the page was opened (another tab, or the helper and the person together). */
    record Conflict() implements SaveOutcome {}

    /** It has been submitted meanwhile; answers can no longer change here. */
    record NotADraft() implements SaveOutcome {}
}
