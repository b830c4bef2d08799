package cn.liaocheng.jobs.profile;

/**
 * The person asked for their disability and health data to be deleted, and it was. Applications already submitted
 * are kept as the legal record; the applications capability flags them when it hears this.
 */
public record SensitiveDataDeleted(long personId) {}
