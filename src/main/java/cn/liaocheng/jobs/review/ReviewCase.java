package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One submitted application in the queue, as review keeps it: the county that decides who reviews it (the person's
 * profile county when it was submitted, else the offer's), who handles it, and the version every staff action names.
 *
 * @param onBehalf     submitted by a helper (代办)
 * @param statusSince  when the status last changed, for "decided on"
 * @param assignedTo   the caseworker handling it (由我处理), or null
 */
public record ReviewCase(long applicationId, String reference, long personId, County county,
        @Nullable String township, String offerSlug, OfferKind offerKind, String offerTitle, String applicantName,
        boolean onBehalf, Instant submittedAt, ApplicationStatus status, Instant statusSince,
        @Nullable Long assignedTo, @Nullable String assignedName, int version) {

    /** Which kind of 办结 outcome this application takes. */
    public OutcomeKind outcomeKind() {
        return OutcomeKind.of(offerKind);
    }
}
