package cn.liaocheng.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.SubmitOutcome;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The portal as packaged, before an SMS gateway exists: applying still works and the message waits in the outbox. */
@SpringBootTest(properties = "portal.messages.log=false")
class MessagesWithoutGatewayTests {

    @Autowired ApplicationContext context;
    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired ProfileService profiles;
    @Autowired OutgoingMessageStore outbox;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_submission_is_sent_and_its_sms_stays_queued() {
        assertThat(context.getBeanProvider(LoggingMessageChannel.class).getIfAvailable()).isNull();
        var account = accounts.applicant("李明");
        long personId = people.self(account).personId();
        long id = drafts.completeDraft(account, personId, offers.offer(TestOffers.uniqueToken()).save());

        assertThat(applications.submit(id, drafts.version(id))).isInstanceOf(SubmitOutcome.Submitted.class);

        assertThat(outbox.forPerson(personId)).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(OutgoingMessage.Channel.SMS);
            assertThat(message.status()).isEqualTo(Status.QUEUED);
            assertThat(message.sentAt()).isNull();
        });
    }
}
