package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.messages.OutgoingMessage.ReceiptStatus;
import cn.liaocheng.jobs.sms.ConditionalOnSmsProvider;
import cn.liaocheng.jobs.sms.SmsGateway;
import cn.liaocheng.jobs.sms.SmsReceipt;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the provider, every {@code portal.sms.receipts.interval}, whether the SMS it accepted reached the phone
 * ({@code QuerySendDetails}), and records the answer in the outbox: a poll rather than the provider's callback, which
 * would need a public address for the provider and a check of its signature. Messages are asked about for
 * {@code portal.sms.receipts.for} after sending (carriers report within minutes, a phone that is off within days);
 * those still WAITING after that stay so. An undelivered SMS is logged for staff; it is not sent again, since the
 * provider did send it and the phone may still get it.
 */
@Component
@ConditionalOnSmsProvider
class SmsReceipts {

    private static final Logger log = LoggerFactory.getLogger(SmsReceipts.class);

    private final OutgoingMessageStore outbox;
    private final Recipients recipients;
    private final SmsGateway sms;
    private final MeterRegistry meters;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration interval;
    private final Duration askFor;
    private final int batchSize;

    SmsReceipts(OutgoingMessageStore outbox, Recipients recipients, SmsGateway sms, MeterRegistry meters,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${portal.sms.receipts.interval}") Duration interval,
            @Value("${portal.sms.receipts.for}") Duration askFor,
            @Value("${portal.sms.receipts.batch-size}") int batchSize) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.sms = sms;
        this.meters = meters;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.interval = interval;
        this.askFor = askFor;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${portal.sms.receipts.interval}",
            initialDelayString = "${portal.sms.receipts.interval}")
    void collect() {
        transaction.executeWithoutResult(tx -> {
            var now = clock.instant();
            // Asked at most once per interval, so a batch of messages still waiting does not starve the others.
            for (var waiting : outbox.awaitingReceipt(now.minus(askFor), now.minus(interval).plusSeconds(1),
                    batchSize)) {
                var phone = recipients.phoneOf(waiting.personId(), waiting.staffAccountId()).orElse(null);
                if (phone == null) {
                    outbox.recordReceipt(waiting.id(), null, null, null, now);
                    continue;
                }
                switch (sms.receipt(phone, waiting.providerMessageId(), waiting.sentAt())) {
                    case SmsReceipt.Delivered(var at) -> {
                        outbox.recordReceipt(waiting.id(), ReceiptStatus.DELIVERED, null, at, now);
                        count("delivered");
                    }
                    case SmsReceipt.Undelivered(var reason) -> {
                        log.warn("SMS message {} was not delivered to the phone ({}): staff should tell the person",
                                waiting.id(), reason);
                        outbox.recordReceipt(waiting.id(), ReceiptStatus.UNDELIVERED, reason, null, now);
                        count("undelivered");
                    }
                    case SmsReceipt.Waiting() -> outbox.recordReceipt(waiting.id(), null, null, null, now);
                    case SmsReceipt.Unknown(var reason) -> outbox.recordReceipt(waiting.id(), null, null, null, now);
                }
            }
        });
    }

    private void count(String status) {
        meters.counter("portal.sms.receipts", "provider", sms.provider(), "status", status).increment();
    }
}
