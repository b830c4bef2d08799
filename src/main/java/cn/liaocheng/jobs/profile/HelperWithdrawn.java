package cn.liaocheng.jobs.profile;

/** The person withdrew a helper's permission; from now on the helper no longer finds the person. */
public record HelperWithdrawn(long personId, long helperAccountId) {}
