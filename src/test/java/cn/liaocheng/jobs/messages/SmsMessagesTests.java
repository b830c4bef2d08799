package cn.liaocheng.jobs.messages;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.messages.MessageApplicants.Applicant;
import cn.liaocheng.jobs.messages.OutgoingMessage.ReceiptStatus;
import cn.liaocheng.jobs.messages.OutgoingMessage.Status;
import cn.liaocheng.jobs.profile.ContactPreference;
import cn.liaocheng.jobs.sms.FakeAliyun;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messages about applications through the provider, on the embedded PostgreSQL: sent from the kind's template with
 * the provider's id kept, retried after a server error, failed at once on a final refusal, and their delivery
 * receipt recorded.
 */
@FakeAliyun.WithFakeAliyun
class SmsMessagesTests {

    @Autowired MessageApplicants applicants;
    @Autowired OutgoingMessageStore outbox;
    @Autowired MessageRetries retries;
    @Autowired SmsReceipts receipts;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    private WireMockServer aliyun;

    @BeforeEach
    void fakeProvider() {
        aliyun = FakeAliyun.fresh();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private OutgoingMessage onlyMessageOf(Applicant applicant) {
        var all = outbox.forPerson(applicant.personId());
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void a_submission_goes_out_in_its_template_and_keeps_the_providers_id() {
        FakeAliyun.answersSendSms("OK");
        var applicant = applicants.whoPrefers(ContactPreference.SMS);

        var reference = applicants.submit(applicant);

        var message = onlyMessageOf(applicant);
        assertThat(message.status()).isEqualTo(Status.SENT);
        assertThat(message.attempts()).isOne();
        assertThat(message.providerMessageId()).startsWith("biz-");
        assertThat(message.receipt()).isEqualTo(ReceiptStatus.WAITING);
        assertThat(FakeAliyun.sendSmsRequests()).singleElement().satisfies(request -> assertThat(request)
                .containsEntry("PhoneNumbers", applicant.phone().value())
                .containsEntry("TemplateCode", "SMS_200000010")
                .containsEntry("TemplateParam", "{\"reference\":\"" + reference + "\"}")
                .containsEntry("OutId", "m" + message.id()));
    }

    @Test
    void a_server_error_schedules_a_retry_which_then_sends_it_once() {
        aliyun.stubFor(post(urlPathEqualTo("/")).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("back"));
        aliyun.stubFor(post(urlPathEqualTo("/")).inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"after-retry^0\"}")));
        var applicant = applicants.whoPrefers(ContactPreference.SMS);

        applicants.submit(applicant);

        var waiting = onlyMessageOf(applicant);
        assertThat(waiting.status()).isEqualTo(Status.QUEUED);
        assertThat(waiting.attempts()).isOne();
        assertThat(waiting.failureReason()).isEqualTo("http-503");
        assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt().plusSeconds(50));

        // The minute passes.
        jdbc.sql("update messages_outgoing set next_attempt_at = now() where id = :id").param("id", waiting.id())
                .update();
        retries.sendDue();
        retries.sendDue();

        var sent = onlyMessageOf(applicant);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.providerMessageId()).isEqualTo("after-retry^0");
        assertThat(FakeAliyun.sendSmsRequests()).hasSize(2);
    }

    @Test
    void a_refusal_for_the_number_is_failed_at_once_and_counted() {
        FakeAliyun.answersSendSms("isv.MOBILE_NUMBER_ILLEGAL");
        double before = refused("isv.MOBILE_NUMBER_ILLEGAL");
        var applicant = applicants.whoPrefers(ContactPreference.SMS);

        applicants.submit(applicant);
        jdbc.sql("update messages_outgoing set next_attempt_at = now() where person_id = :p")
                .param("p", applicant.personId()).update();
        retries.sendDue();

        var message = onlyMessageOf(applicant);
        assertThat(message.status()).isEqualTo(Status.FAILED);
        assertThat(message.failureReason()).isEqualTo("isv.MOBILE_NUMBER_ILLEGAL");
        assertThat(FakeAliyun.sendSmsRequests()).hasSize(1);
        assertThat(refused("isv.MOBILE_NUMBER_ILLEGAL")).isEqualTo(before + 1);
    }

    @Test
    void a_voice_call_stays_queued_for_staff_without_asking_the_sms_provider() {
        var applicant = applicants.whoPrefers(ContactPreference.PHONE_CALL);

        applicants.submit(applicant);

        var message = onlyMessageOf(applicant);
        assertThat(message.status()).isEqualTo(Status.QUEUED);
        assertThat(message.nextAttemptAt()).isNull();
        assertThat(FakeAliyun.sendSmsRequests()).isEmpty();
    }

    @Test
    void the_receipt_job_records_delivery_to_the_phone() {
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms"))
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"receipt-" + System.nanoTime() + "^0\"}")));
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QuerySendDetails"))
                .willReturn(okJson("""
                        {"Code":"OK","SmsSendDetailDTOs":{"SmsSendDetailDTO":[{"SendStatus":3,
                         "ReceiveDate":"2026-12-01 16:31:05"}]}}""")));
        var applicant = applicants.whoPrefers(ContactPreference.SMS);
        applicants.submit(applicant);

        receipts.collect();

        assertThat(onlyMessageOf(applicant).receipt()).isEqualTo(ReceiptStatus.DELIVERED);
        assertThat(jdbc.sql("select receipt_at from messages_outgoing where person_id = :p")
                .param("p", applicant.personId()).query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(java.time.Instant.parse("2026-12-01T08:31:05Z"));
    }

    private double refused(String reason) {
        var counter = meters.find("portal.sms.refused").tags("provider", "aliyun", "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
