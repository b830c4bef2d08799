package cn.liaocheng.jobs.shared;

/**
 * One row of an aggregate count by programme (an offer of the catalogue, by its slug and its Chinese title at the
 * time of application), for the plan's "by programme" tables. No person is named in it.
 */
public record ProgrammeCount(String offerSlug, String offerTitle, long value) {}
