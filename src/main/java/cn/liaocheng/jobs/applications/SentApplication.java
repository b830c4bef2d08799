package cn.liaocheng.jobs.applications;

import java.time.Instant;

/** An application past its draft, without its answers: who it is for, which offer, when sent, where it is now. */
public record SentApplication(long applicationId, String reference, long personId, String offerSlug, boolean onBehalf,
        Instant submittedAt, ApplicationStatus status) {
}
