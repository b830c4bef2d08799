package cn.liaocheng.jobs.applications;

/** Published when a draft becomes an application, for the review queue and monitoring to come. */
public record ApplicationSubmitted(long applicationId, long offerId, long personId, String reference) {
}
