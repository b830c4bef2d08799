package cn.liaocheng.jobs.messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import java.time.Clock;

/**
 * Tries again what is due in the outbox, every {@code portal.messages.retry.interval}, each message in a transaction
 * of its own. With several instances each takes other rows ({@code skip locked}); the dispatcher checks again under
 * the row's lock, so a message is never sent twice.
 */
@Component
class MessageRetries {

    private final OutgoingMessageStore outbox;
    private final MessageDispatcher dispatcher;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;

    MessageRetries(OutgoingMessageStore outbox, MessageDispatcher dispatcher, PlatformTransactionManager transactions,
            Clock clock, @Value("${portal.messages.retry.batch-size}") int batchSize) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${portal.messages.retry.interval}",
            initialDelayString = "${portal.messages.retry.interval}")
    void sendDue() {
        // Only the ids, read without holding the locks: each message is then locked and sent on its own.
        var due = transaction.execute(tx -> outbox.dueIds(clock.instant(), batchSize));
        for (long id : due == null ? java.util.List.<Long>of() : due) {
            transaction.executeWithoutResult(tx -> dispatcher.send(id));
        }
    }
}
