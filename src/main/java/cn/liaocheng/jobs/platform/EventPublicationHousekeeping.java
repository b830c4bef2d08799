package cn.liaocheng.jobs.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps Spring Modulith's event publication registry going (docs/decisions/0012): failed publications are resubmitted
 * to their {@code @ApplicationModuleListener} with an exponential back-off, at most a batch per run; completed ones
 * are deleted after a while. The registry itself marks publications that hang as failed (staleness, in
 * application.properties). Several instances may run this at once: the registry resubmits each publication once.
 *
 * <p>A listener decides itself when to stop (messages keeps its own retry schedule in the outbox), by completing
 * normally; a publication that keeps failing is tried again at most once per {@code portal.events.retry.max-delay}.
 */
@Component
@EnableScheduling
class EventPublicationHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationHousekeeping.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int batchSize;
    private final Duration keepCompleted;

    EventPublicationHousekeeping(FailedEventPublications failed, CompletedEventPublications completed, Clock clock,
            @Value("${portal.events.retry.first-delay}") Duration firstDelay,
            @Value("${portal.events.retry.max-delay}") Duration maxDelay,
            @Value("${portal.events.retry.batch-size}") int batchSize,
            @Value("${portal.events.keep-completed}") Duration keepCompleted) {
        this.failed = failed;
        this.completed = completed;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.batchSize = batchSize;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(fixedDelayString = "${portal.events.retry.interval}",
            initialDelayString = "${portal.events.retry.interval}")
    void resubmitFailed() {
        var now = clock.instant();
        // maxInFlight bounds how many resubmitted ones may be unfinished at once, across runs and instances.
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(batchSize).withMaxInFlight(batchSize)
                .withFilter(publication -> isDue(publication, now, firstDelay, maxDelay)));
    }

    @Scheduled(cron = "0 45 3 * * *", zone = "Asia/Shanghai")
    void deleteCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.info("Deleted event publications completed more than {} ago", keepCompleted);
    }

    /**
     * Whether a failed publication's next try is due: {@code firstDelay} after its last try, doubling with every
     * attempt, never more than {@code maxDelay} apart.
     */
    static boolean isDue(EventPublication publication, Instant now, Duration firstDelay, Duration maxDelay) {
        int attempts = Math.max(1, publication.getCompletionAttempts());
        var delay = firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        var lastTry = Objects.requireNonNullElse(publication.getLastResubmissionDate(),
                publication.getPublicationDate());
        return !lastTry.plus(delay).isAfter(now);
    }
}
