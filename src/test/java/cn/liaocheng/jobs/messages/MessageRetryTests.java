package cn.liaocheng.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A gateway that fails does not lose the message: the outbox counts the try and the retry job (here every 200 ms,
 * without pauses) tries again until it is sent, once, or until the last try failed; a change that rolled back sends
 * nothing. The event publication registry only makes sure of the first try.
 */
@SpringBootTest(properties = {"portal.messages.log=false", "portal.messages.retry.interval=200ms",
        "portal.messages.retry.first-delay=0s", "portal.messages.retry.max-delay=0s",
        "portal.messages.retry.max-attempts=4"})
@Import(MessageRetryTests.FlakyGateway.class)
class MessageRetryTests {

    /** Fails the first try for every number, and every try for the numbers in {@link #down}. */
    static class FlakyChannel implements MessageChannel {

        final Map<PhoneNumber, Integer> tries = new ConcurrentHashMap<>();
        final List<PhoneNumber> sent = new CopyOnWriteArrayList<>();
        final Set<PhoneNumber> down = ConcurrentHashMap.newKeySet();

        @Override
        public Result send(PhoneNumber to, Outgoing message, Delivery delivery) {
            int attempt = tries.merge(to, 1, Integer::sum);
            if (attempt == 1) {
                throw new IllegalStateException("gateway timeout for " + to.value());
            }
            if (down.contains(to)) {
                return new Result.Failed("isp.SYSTEM_ERROR");
            }
            sent.add(to);
            return new Result.Sent("test", "biz-" + attempt);
        }

        long sentTo(PhoneNumber phone) {
            return sent.stream().filter(phone::equals).count();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyGateway {
        @Bean
        @Primary
        FlakyChannel flakyChannel() {
            return new FlakyChannel();
        }
    }

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired OutgoingMessageStore outbox;
    @Autowired FlakyChannel channel;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private record Applicant(PortalUser account, long personId, PhoneNumber phone, long applicationId) {
    }

    private Applicant applicantWithDraft() {
        var account = accounts.applicant("李明");
        long personId = people.self(account).personId();
        var phone = new PhoneNumber(account.phoneNumber());
        people.contact(personId, ContactPreference.SMS, phone);
        long id = drafts.completeDraft(account, personId, offers.offer(token).save());
        return new Applicant(account, personId, phone, id);
    }

    private void submit(Applicant applicant) {
        TestAccounts.signIn(applicant.account());
        applications.submit(applicant.applicationId(), drafts.version(applicant.applicationId()));
    }

    private OutgoingMessage onlyMessageOf(Applicant applicant) {
        var messages = outbox.forPerson(applicant.personId());
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    @Test
    void an_sms_the_gateway_refuses_the_first_time_is_sent_exactly_once_after_the_retry() {
        var applicant = applicantWithDraft();

        submit(applicant);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> onlyMessageOf(applicant).status() == Status.SENT);
        assertThat(channel.tries.get(applicant.phone())).isEqualTo(2);
        assertThat(onlyMessageOf(applicant)).satisfies(message -> {
            assertThat(message.attempts()).isEqualTo(2);
            assertThat(message.providerMessageId()).isEqualTo("biz-2");
            assertThat(message.receipt()).isEqualTo(OutgoingMessage.ReceiptStatus.WAITING);
            assertThat(message.nextAttemptAt()).isNull();
        });
        assertThat(channel.sentTo(applicant.phone())).isOne();
        await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications() == 0);
        // A later run of the job finds nothing to resubmit: still one SMS.
        assertThat(channel.tries.get(applicant.phone())).isEqualTo(2);
        assertThat(channel.sentTo(applicant.phone())).isOne();
    }

    @Test
    void a_change_that_rolled_back_leaves_no_publication_and_sends_nothing() {
        var applicant = applicantWithDraft();
        long publicationsBefore = publications();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            submit(applicant);
            tx.setRollbackOnly();
        });

        assertThat(outbox.forPerson(applicant.personId())).isEmpty();
        assertThat(publications()).isEqualTo(publicationsBefore);
        // Someone else's message goes through the same retry meanwhile; the rolled-back one never shows up.
        var other = applicantWithDraft();
        submit(other);
        await().atMost(Duration.ofSeconds(20)).until(() -> channel.sentTo(other.phone()) == 1);
        assertThat(channel.tries).doesNotContainKey(applicant.phone());
    }

    @Test
    void an_sms_the_gateway_keeps_failing_is_tried_max_attempts_times_then_given_up_and_left_alone() {
        var applicant = applicantWithDraft();
        channel.down.add(applicant.phone());

        submit(applicant);

        await().atMost(Duration.ofSeconds(30)).until(() -> onlyMessageOf(applicant).status() == Status.FAILED);
        assertThat(channel.tries.get(applicant.phone())).isEqualTo(4);
        assertThat(channel.sentTo(applicant.phone())).isZero();
        assertThat(onlyMessageOf(applicant)).satisfies(message -> {
            assertThat(message.attempts()).isEqualTo(4);
            assertThat(message.failureReason()).isEqualTo("isp.SYSTEM_ERROR");
            assertThat(message.sentAt()).isNull();
            assertThat(message.nextAttemptAt()).isNull();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications() == 0);
        // Later runs of the job leave it alone.
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(5))
                .until(() -> channel.tries.get(applicant.phone()) == 4);
    }

    private long publications() {
        return jdbc.sql("select count(*) from event_publication").query(Long.class).single();
    }

    private long incompletePublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single();
    }
}
