package cn.liaocheng.jobs.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.StatusChangeOutcome;
import cn.liaocheng.jobs.applications.TestApplications;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.messages.OutgoingMessage.Channel;
import cn.liaocheng.jobs.messages.MessageApplicants.Applicant;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every message to a person honours their contact preference: one outbox row per event, in the transaction of the
 * change, sent after it commits (here through the logging channel, on the registry's listener thread), never for a
 * change that rolled back.
 */
@SpringBootTest
class ApplicationMessagesTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired ProfileService profiles;
    @Autowired cn.liaocheng.jobs.accounts.StaffAccounts staffAccounts;
    @Autowired OutgoingMessageStore outbox;
    @Autowired LoggingMessageChannel channel;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MessageTexts texts;
    @Autowired java.time.Clock clock;
    @Autowired TestMessages messages;
    @Autowired MessageApplicants applicants;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void signInAsStaff() {
        TestAccounts.signIn(accounts.create("县残联 刘老师", Role.CASEWORKER));
    }

    @ParameterizedTest
    @CsvSource({"SMS,SMS,SENT,SMS", "PHONE_CALL,PHONE_CALL,SENT,VOICE_CALL", "IN_PERSON,IN_PERSON,QUEUED,"})
    void submitting_queues_exactly_one_message_the_way_the_person_chose(ContactPreference preference,
            Channel channelUsed, Status status, MessageChannel.Delivery delivery) {
        var applicant = applicants.whoPrefers(preference);

        var reference = applicants.submit(applicant);

        var messages = outbox.forPerson(applicant.personId());
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(channelUsed);
            assertThat(message.status()).isEqualTo(status);
            assertThat(message.applicationId()).isEqualTo(applicant.applicationId());
            assertThat(message.textKey()).isEqualTo("message.application.submitted");
            assertThat(message.language()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(message.text()).contains(reference).contains("已提交");
            assertThat(message.accountIds()).containsExactly(applicant.account().accountId());
        });
        var sent = channel.sentTo(applicant.phone());
        if (delivery == null) {
            assertThat(sent).isEmpty();
            assertThat(messages.getFirst().sentAt()).isNull();
        } else {
            assertThat(sent).singleElement().satisfies(s -> {
                assertThat(s.delivery()).isEqualTo(delivery);
                assertThat(s.text()).isEqualTo(messages.getFirst().text());
            });
            assertThat(messages.getFirst().sentAt()).isNotNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"SMS,SMS", "PHONE_CALL,PHONE_CALL", "IN_PERSON,IN_PERSON"})
    void each_status_change_queues_exactly_one_message_with_what_the_person_needs_to_know(
            ContactPreference preference, Channel channelUsed) {
        var applicant = applicants.whoPrefers(preference);
        var reference = applicants.submit(applicant);
        signInAsStaff();

        change(applicant, ApplicationStatus.IN_REVIEW, null);
        change(applicant, ApplicationStatus.MORE_INFO_NEEDED, "营业执照照片");
        TestAccounts.signIn(applicant.account());
        applicants.submit(applicant); // answered: back to 审核中, which the person hears about too
        signInAsStaff();
        change(applicant, ApplicationStatus.APPROVED, null);
        change(applicant, ApplicationStatus.COMPLETED, null);

        var messages = outbox.forPerson(applicant.personId()).reversed();
        assertThat(messages).extracting(OutgoingMessage::textKey).containsExactly("message.application.submitted",
                "message.application.in-review", "message.application.more-info-needed",
                "message.application.in-review", "message.application.approved", "message.application.completed");
        assertThat(messages).extracting(OutgoingMessage::channel).containsOnly(channelUsed);
        assertThat(messages).allSatisfy(message -> assertThat(message.text()).contains(reference));
        assertThat(messages.get(2).text()).contains("需要补充材料：营业执照照片");
        assertThat(messages.get(4).text()).contains("已通过");
        assertThat(messages.get(5).text()).contains("已办理完成");
    }

    @Test
    void a_rejection_tells_the_person_the_reason() {
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        applicants.submit(applicant);
        signInAsStaff();

        change(applicant, ApplicationStatus.REJECTED, "年龄不符合本项目要求");

        assertThat(channel.sentTo(applicant.phone()).getFirst().text())
                .contains("未通过").contains("原因：年龄不符合本项目要求");
    }

    @Test
    void no_message_is_queued_when_the_change_is_rolled_back() {
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        var rollback = new TransactionTemplate(transactions);
        rollback.executeWithoutResult(tx -> {
            applicants.submit(applicant);
            tx.setRollbackOnly();
        });
        assertThat(outbox.forPerson(applicant.personId())).isEmpty();

        applicants.submit(applicant);
        signInAsStaff();
        rollback.executeWithoutResult(tx -> {
            change(applicant, ApplicationStatus.IN_REVIEW, null);
            tx.setRollbackOnly();
        });
        assertThatThrownBy(() -> rollback.executeWithoutResult(tx -> {
            change(applicant, ApplicationStatus.REJECTED, "材料不全");
            throw new IllegalStateException("something after the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox.forPerson(applicant.personId())).extracting(OutgoingMessage::textKey)
                .containsExactly("message.application.submitted");
        assertThat(channel.sentTo(applicant.phone())).hasSize(1);
    }

    @Test
    void a_helper_hears_in_the_app_but_only_the_person_gets_the_sms() {
        var helper = accounts.applicant("王芳");
        var personPhone = TestAccounts.uniquePhone();
        var person = people.helpedBy(helper, Relationship.DAUGHTER, true, personPhone);
        long id = drafts.completeDraft(helper, person.personId(), offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        messages.awaitAllHandled();

        assertThat(outbox.forPerson(person.personId())).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.SMS);
            assertThat(message.status()).isEqualTo(Status.SENT);
            assertThat(message.accountIds()).containsExactly(helper.accountId());
        });
        assertThat(channel.sentTo(personPhone)).hasSize(1);
        assertThat(channel.sentTo(new PhoneNumber(helper.phoneNumber()))).isEmpty();
    }

    @Test
    void a_person_without_a_phone_is_told_at_the_township_office() {
        var helper = accounts.applicant("王芳");
        var person = people.helpedBy(helper, Relationship.DAUGHTER, true);
        people.contact(person.personId(), ContactPreference.SMS, null);
        long id = drafts.completeDraft(helper, person.personId(), offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        messages.awaitAllHandled();

        assertThat(outbox.forPerson(person.personId())).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(Channel.IN_PERSON);
            assertThat(message.status()).isEqualTo(Status.QUEUED);
        });
    }

    @Test
    void without_a_gateway_a_message_stays_queued_and_a_failing_gateway_schedules_a_later_try() {
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        var now = fixedNow();
        var text = texts.render("message.application.in-review", Locale.SIMPLIFIED_CHINESE, "LC-2026-999999");
        long waiting = outbox.queue(applicant.personId(), null, List.of(), Channel.SMS, text, now.instant());
        long failing = outbox.queue(applicant.personId(), null, List.of(), Channel.PHONE_CALL, text, now.instant());

        dispatcher(UnavailableMessageChannel::notAvailable, now).send(waiting);
        dispatcher(gatewayDown(applicant.phone()), now).send(failing);

        assertThat(outbox.find(waiting).orElseThrow()).satisfies(message -> {
            assertThat(message.status()).isEqualTo(Status.QUEUED);
            assertThat(message.sentAt()).isNull();
            // Waits for a gateway or staff; the retry job leaves it alone.
            assertThat(message.nextAttemptAt()).isNull();
            assertThat(message.attempts()).isZero();
        });
        assertThat(outbox.find(failing).orElseThrow()).satisfies(message -> {
            assertThat(message.status()).isEqualTo(Status.QUEUED);
            assertThat(message.attempts()).isOne();
            assertThat(message.nextAttemptAt()).isEqualTo(now.instant().plus(java.time.Duration.ofMinutes(1)));
            // The exception's type only: its message repeats the number.
            assertThat(message.failureReason()).isEqualTo("IllegalStateException");
        });
        // Not due yet: a second try now sends nothing and counts nothing.
        dispatcher(channel, now).send(failing);
        assertThat(outbox.find(failing).orElseThrow().attempts()).isOne();
        assertThat(channel.sentTo(applicant.phone())).isEmpty();
    }

    @Test
    void a_message_that_fails_every_try_is_given_up_as_failed_after_the_last_one() {
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        var now = fixedNow();
        var text = texts.render("message.application.in-review", Locale.SIMPLIFIED_CHINESE, "LC-2026-999997");
        long id = outbox.queue(applicant.personId(), null, List.of(), Channel.SMS, text, now.instant());

        var later = now;
        for (int attempt = 1; attempt <= 8; attempt++) {
            dispatcher(gatewayDown(applicant.phone()), later).send(id);
            var next = outbox.find(id).orElseThrow().nextAttemptAt();
            if (next != null) {
                later = java.time.Clock.fixed(next, java.time.ZoneOffset.UTC);
            }
        }

        assertThat(outbox.find(id).orElseThrow()).satisfies(message -> {
            assertThat(message.status()).isEqualTo(Status.FAILED);
            assertThat(message.attempts()).isEqualTo(8);
            assertThat(message.nextAttemptAt()).isNull();
        });
        // The pauses grew from a minute to at most an hour: the last try came about two hours after the first.
        assertThat(java.time.Duration.between(now.instant(), later.instant()))
                .isEqualTo(java.time.Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60));
        // A later try leaves it as it is.
        dispatcher(channel, later).send(id);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(channel.sentTo(applicant.phone())).isEmpty();
    }

    @Test
    void a_refusal_that_another_try_would_not_change_is_failed_at_once() {
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        var now = fixedNow();
        var text = texts.render("message.application.in-review", Locale.SIMPLIFIED_CHINESE, "LC-2026-999996");
        long id = outbox.queue(applicant.personId(), null, List.of(), Channel.SMS, text, now.instant());

        dispatcher((to, message, delivery) -> new MessageChannel.Result.Refused("isv.MOBILE_NUMBER_ILLEGAL"), now)
                .send(id);

        assertThat(outbox.find(id).orElseThrow()).satisfies(message -> {
            assertThat(message.status()).isEqualTo(Status.FAILED);
            assertThat(message.attempts()).isOne();
            assertThat(message.failureReason()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL");
            assertThat(message.nextAttemptAt()).isNull();
        });
    }

    @Test
    void the_development_channel_marks_a_queued_message_sent() {
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        var now = fixedNow();
        var text = texts.render("message.application.approved", Locale.SIMPLIFIED_CHINESE, "LC-2026-999998");
        long id = outbox.queue(applicant.personId(), null, List.of(), Channel.SMS, text, now.instant());

        dispatcher(channel, now).send(id);
        dispatcher(channel, now).send(id); // a repeated try sends nothing more

        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Status.SENT);
        assertThat(channel.sentTo(applicant.phone())).singleElement()
                .satisfies(sent -> assertThat(sent.text()).isEqualTo(text.text()));
    }

    /** The database keeps microseconds: a clock in whole milliseconds compares equal after a round trip. */
    private java.time.Clock fixedNow() {
        return java.time.Clock.fixed(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                java.time.ZoneOffset.UTC);
    }

    private MessageDispatcher dispatcher(MessageChannel gateway, java.time.Clock now) {
        return new MessageDispatcher(outbox, new Recipients(profiles, staffAccounts), gateway, now,
                new RetrySchedule(java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1), 8));
    }

    /** A gateway whose error repeats the number, as real ones do. */
    private static MessageChannel gatewayDown(PhoneNumber phone) {
        return (to, message, delivery) -> {
            throw new IllegalStateException("gateway down for " + phone.value());
        };
    }

    private void change(Applicant applicant, ApplicationStatus to, String reason) {
        assertThat(applications.changeStatus(applicant.applicationId(), to, reason))
                .isEqualTo(new StatusChangeOutcome.Changed(to));
        messages.awaitAllHandled();
    }
}
