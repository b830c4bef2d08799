package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.documents.DocumentService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long the federation keeps the sent applications of a person who deleted their account (decision 0005): to the
 * end of the fifth calendar year after the year the application was last changed, then they are deleted, with their
 * history, notifications and files, and (through {@link ApplicationsDeleted}) the messages about them. An application
 * still being handled keeps moving its year on; nobody is contacted about it in the meantime.
 */
@Component
class ApplicationRetention {

    static final int YEARS = 5;

    private static final Logger log = LoggerFactory.getLogger(ApplicationRetention.class);
    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    private final ApplicationStore store;
    private final DocumentService documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationRetention(ApplicationStore store, DocumentService documents, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** The last year an application last changed at {@code lastChange} is kept. */
    static int keptUntilYear(Instant lastChange) {
        return lastChange.atZone(LIAOCHENG).getYear() + YEARS;
    }

    /** Every night: deletes the kept records whose time is up. */
    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Shanghai")
    @Transactional
    public void deleteExpiredRecords() {
        var today = LocalDate.now(clock);
        var expired = store.keptRecords().stream()
                .filter(application -> today.getYear() > keptUntilYear(application.updatedAt())).toList();
        if (expired.isEmpty()) {
            return;
        }
        var ids = store.deleteKeptRecords(expired.stream().map(Application::id).toList());
        if (ids.isEmpty()) {
            return;
        }
        var files = new HashSet<String>();
        expired.stream().filter(application -> ids.contains(application.id()))
                .forEach(application -> files.addAll(ApplicationStore.documentIdsIn(application.answers())));
        files.removeAll(store.stillReferenced(files));
        documents.deleteAccessCheckedByCaller(files.stream().map(UUID::fromString).toList());
        events.publishEvent(new ApplicationsDeleted(ids));
        // Ids and a count only: a log must not say whose records they were.
        log.info("Deleted {} kept applications of deleted accounts whose retention ended", ids.size());
    }
}
