package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.catalogue.OfferKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The queue's filters, as they come from the URL; every one optional.
 *
 * @param submittedFrom submitted on or after this day
 * @param onBehalf      only 代办 (true), only the person's own (false), or both (null)
 */
public record QueueFilter(@Nullable QueueState state, @Nullable OfferKind kind, @Nullable String offerSlug,
        @Nullable String township, @Nullable LocalDate submittedFrom, @Nullable Boolean onBehalf) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null);
    }

    Set<ApplicationStatus> statuses() {
        return state == null ? QueueState.all() : state.statuses();
    }

    /** The four states the queue counts, as staff speak of them. */
    public enum QueueState {
        SUBMITTED(EnumSet.of(ApplicationStatus.SUBMITTED)),
        IN_REVIEW(EnumSet.of(ApplicationStatus.IN_REVIEW)),
        WAITING_FOR_APPLICANT(EnumSet.of(ApplicationStatus.MORE_INFO_NEEDED)),
        DECIDED(EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.COMPLETED));

        private final Set<ApplicationStatus> statuses;

        QueueState(Set<ApplicationStatus> statuses) {
            this.statuses = statuses;
        }

        public Set<ApplicationStatus> statuses() {
            return statuses;
        }

        public String messageKey() {
            return "review.queue.state." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static QueueState of(ApplicationStatus status) {
            for (var state : values()) {
                if (state.statuses.contains(status)) {
                    return state;
                }
            }
            throw new IllegalArgumentException("not in the queue: " + status);
        }

        static Set<ApplicationStatus> all() {
            var all = EnumSet.noneOf(ApplicationStatus.class);
            for (var state : values()) {
                all.addAll(state.statuses);
            }
            return all;
        }
    }
}
