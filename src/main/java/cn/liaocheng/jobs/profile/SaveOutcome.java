package cn.liaocheng.jobs.profile;

/** What happened to a profile save. */
public sealed interface SaveOutcome {

    record Saved(long personId) implements SaveOutcome {}

    /** The certificate does not belong to the ID number already stored. */
    record CertificateNotForStoredId() implements SaveOutcome {}

    /** Someone (a helper, another tab) changed the profile meanwhile; reload and try again. */
    record ChangedMeanwhile() implements SaveOutcome {}
}
