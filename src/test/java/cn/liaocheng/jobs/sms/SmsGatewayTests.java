package cn.liaocheng.jobs.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shared.PhoneNumber;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The gateway against a local fake of Alibaba Cloud SMS's HTTP API: what it sends and signs, and what it makes of
 * success, refusals, server errors, timeouts and receipts. Nothing secret or personal reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class SmsGatewayTests {

    @RegisterExtension
    static WireMockExtension aliyun = WireMockExtension.newInstance().options(wireMockConfig().port(18130)).build();

    private static final String KEY_ID = "LTAI5tTestKeyId";
    private static final String SECRET = "s3cr3t-Test-AccessKey-Secret";
    private static final PhoneNumber PHONE = new PhoneNumber("13812345678");
    private static final Instant NOW = Instant.parse("2026-12-01T08:30:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private SmsGateway gateway(Duration readTimeout, URI endpoint) {
        var templates = Map.of(
                "code", new SmsProperties.Template("SMS_100000001", List.of("code")),
                "application-more-info-needed",
                new SmsProperties.Template("SMS_100000010", List.of("reference", "reason")));
        var properties = new SmsProperties(SmsProvider.ALIYUN, KEY_ID, SECRET, "聊城市残联", endpoint,
                Duration.ofSeconds(2), readTimeout, templates);
        return new SmsGateway(properties, new AliyunSmsApi(properties, Clock.fixed(NOW, ZoneOffset.UTC),
                () -> "3c9f7a1b2d4e4f60a1b2c3d4e5f60718"), meters);
    }

    /** Generous: on a loaded test machine the first request of a JVM alone can take seconds. */
    private SmsGateway gateway() {
        return gateway(Duration.ofSeconds(25), URI.create(aliyun.baseUrl()));
    }

    private static void answer(String code) {
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms"))
                .willReturn(okJson("{\"Code\":\"" + code + "\",\"Message\":\"phone 13812345678 said no\","
                        + "\"RequestId\":\"F655A8D5-B967-440B-8683-DAD6FF8DE990\"}")));
    }

    @Test
    void an_accepted_sms_returns_the_providers_biz_id_and_is_counted(CapturedOutput output) {
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms")).willReturn(okJson(
                "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"900619746936498440^0\",\"RequestId\":\"r-1\"}")));

        var outcome = gateway().send(PHONE, "application-more-info-needed", List.of("LC-2026-000123", "请上传残疾人证"),
                "m42");

        assertThat(outcome).isEqualTo(new SmsOutcome.Accepted("aliyun", "900619746936498440^0"));
        assertThat(meters.get("portal.sms.sent").tag("provider", "aliyun").counter().count()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(SECRET).doesNotContain("13812345678").doesNotContain("残疾人证");
    }

    @Test
    void the_request_carries_the_template_its_parameters_and_a_signature_over_exactly_what_was_sent() {
        answer("OK");

        gateway().send(PHONE, "application-more-info-needed", List.of("LC-2026-000123", "请上传 \"残疾人证\""), "m42");

        var request = aliyun.getAllServeEvents().getFirst().getRequest();
        var query = FakeAliyun.query(request);
        assertThat(query).containsEntry("PhoneNumbers", "13812345678").containsEntry("SignName", "聊城市残联")
                .containsEntry("TemplateCode", "SMS_100000010").containsEntry("OutId", "m42")
                .containsEntry("TemplateParam", "{\"reference\":\"LC-2026-000123\",\"reason\":\"请上传 \\\"残疾人证\\\"\"}");
        assertThat(request.getHeader("x-acs-version")).isEqualTo("2017-05-25");
        assertThat(request.getHeader("x-acs-date")).isEqualTo("2026-12-01T08:30:00Z");
        assertThat(request.getHeader("x-acs-signature-nonce")).isEqualTo("3c9f7a1b2d4e4f60a1b2c3d4e5f60718");
        assertThat(request.getHeader("x-acs-content-sha256")).isEqualTo(AcsSignature.EMPTY_BODY_SHA256);
        // What the server would check: the query exactly as it arrived is the canonical one, and the signature over
        // the headers as they arrived (Host included) matches.
        var rawQuery = request.getUrl().substring(request.getUrl().indexOf('?') + 1);
        assertThat(rawQuery).isEqualTo(AcsSignature.canonicalQuery(query));
        var signed = new LinkedHashMap<String, String>();
        for (var name : List.of("host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce",
                "x-acs-version")) {
            signed.put(name, request.getHeader(name));
        }
        assertThat(signed.get("host")).isEqualTo("localhost:18130");
        assertThat(request.getHeader("Authorization")).isEqualTo(AcsSignature.authorization("POST", "/", query, signed,
                AcsSignature.EMPTY_BODY_SHA256, KEY_ID, SECRET)).startsWith("ACS3-HMAC-SHA256 Credential=" + KEY_ID
                + ",SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                + "x-acs-version,Signature=");
        assertThat(request.getBodyAsString()).isEmpty();
    }

    @Test
    void a_wrong_number_or_a_limit_for_the_number_is_a_final_refusal_logged_and_counted_by_code(
            CapturedOutput output) {
        answer("isv.MOBILE_NUMBER_ILLEGAL");
        var gateway = gateway();
        assertThat(gateway.send(PHONE, "code", List.of("123456"), null))
                .isEqualTo(new SmsOutcome.Refused("aliyun", "isv.MOBILE_NUMBER_ILLEGAL"));
        answer("isv.BUSINESS_LIMIT_CONTROL");
        assertThat(gateway.send(PHONE, "code", List.of("654321"), null))
                .isEqualTo(new SmsOutcome.Refused("aliyun", "isv.BUSINESS_LIMIT_CONTROL"));

        assertThat(meters.get("portal.sms.refused").tags("provider", "aliyun", "reason", "isv.MOBILE_NUMBER_ILLEGAL")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("portal.sms.refused").tags("provider", "aliyun", "reason", "isv.BUSINESS_LIMIT_CONTROL")
                .counter().count()).isEqualTo(1);
        assertThat(output.getAll()).contains("SMS provider aliyun refused code to 138****5678 with "
                + "isv.MOBILE_NUMBER_ILLEGAL: not tried again");
        // Neither the code, nor the number, nor the provider's message (which repeats the number), nor the keys.
        assertThat(output.getAll()).doesNotContain("123456").doesNotContain("13812345678").doesNotContain(SECRET)
                .doesNotContain(KEY_ID);
    }

    @Test
    void throttling_and_an_empty_balance_may_work_later() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}")));
        assertThat(gateway().send(PHONE, "code", List.of("123456"), null))
                .isEqualTo(new SmsOutcome.Failed("aliyun", "Throttling.User"));

        answer("isv.AMOUNT_NOT_ENOUGH");
        assertThat(gateway().send(PHONE, "code", List.of("123456"), null))
                .isEqualTo(new SmsOutcome.Failed("aliyun", "isv.AMOUNT_NOT_ENOUGH"));
    }

    @Test
    void a_server_error_fails_this_try_and_the_next_try_goes_through() {
        aliyun.stubFor(post(urlPathEqualTo("/")).inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable().withBody("<html>upstream down</html>")).willSetStateTo("back"));
        aliyun.stubFor(post(urlPathEqualTo("/")).inScenario("outage").whenScenarioStateIs("back")
                .willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"1234^0\"}")));
        var gateway = gateway();

        assertThat(gateway.send(PHONE, "code", List.of("123456"), null))
                .isEqualTo(new SmsOutcome.Failed("aliyun", "http-503"));
        assertThat(gateway.send(PHONE, "code", List.of("123456"), null))
                .isEqualTo(new SmsOutcome.Accepted("aliyun", "1234^0"));
        assertThat(meters.get("portal.sms.failed").tags("reason", "http-503").counter().count()).isEqualTo(1);
    }

    @Test
    void a_broken_answer_from_a_proxy_in_between_is_a_failed_try() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "application/json").withBody("{\"Code\": <html>")));

        assertThat(gateway().send(PHONE, "code", List.of("123456"), null))
                .isEqualTo(new SmsOutcome.Failed("aliyun", "http-502"));
    }

    @Test
    void a_provider_slower_than_the_read_timeout_is_a_failed_try(CapturedOutput output) {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(okJson("{\"Code\":\"OK\",\"BizId\":\"late\"}")
                .withFixedDelay(3_000)));

        var outcome = gateway(Duration.ofMillis(500), URI.create(aliyun.baseUrl()))
                .send(PHONE, "code", List.of("123456"), null);

        assertThat(outcome).isEqualTo(new SmsOutcome.Failed("aliyun", "timeout"));
        // The HTTP client's exception names the URL, with the number in it; it never reaches the log.
        assertThat(output.getAll()).doesNotContain("13812345678").doesNotContain("PhoneNumbers");
    }

    @Test
    void a_provider_that_cannot_be_reached_is_a_failed_try() {
        // Nothing listens on this port of my range.
        var outcome = gateway(Duration.ofSeconds(1), URI.create("http://127.0.0.1:18139"))
                .send(PHONE, "code", List.of("123456"), null);

        assertThat(outcome).isEqualTo(new SmsOutcome.Failed("aliyun", "io"));
    }

    @Test
    void a_kind_without_a_template_sends_nothing() {
        assertThat(gateway().send(PHONE, "application-approved", List.of("LC-1"), null))
                .isEqualTo(new SmsOutcome.NoTemplate("application-approved"));
        aliyun.verify(0, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void a_receipt_says_delivered_with_the_phones_time_or_undelivered_with_the_carriers_code() {
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QuerySendDetails"))
                .withQueryParam("BizId", equalTo("111^0")).willReturn(okJson("""
                        {"Code":"OK","TotalCount":1,"SmsSendDetailDTOs":{"SmsSendDetailDTO":[{"SendStatus":3,
                         "ErrCode":"DELIVERED","ReceiveDate":"2026-12-01 16:31:05","SendDate":"2026-12-01 16:30:01",
                         "PhoneNum":"13812345678","OutId":"m1"}]}}""")));
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QuerySendDetails"))
                .withQueryParam("BizId", equalTo("222^0")).willReturn(okJson("""
                        {"Code":"OK","TotalCount":1,"SmsSendDetailDTOs":{"SmsSendDetailDTO":[{"SendStatus":2,
                         "ErrCode":"MK:0001","SendDate":"2026-12-01 16:30:01","PhoneNum":"13812345678"}]}}""")));
        aliyun.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QuerySendDetails"))
                .withQueryParam("BizId", equalTo("333^0")).willReturn(okJson("""
                        {"Code":"OK","TotalCount":1,"SmsSendDetailDTOs":{"SmsSendDetailDTO":[{"SendStatus":1}]}}""")));
        var gateway = gateway();

        assertThat(gateway.receipt(PHONE, "111^0", NOW))
                .isEqualTo(new SmsReceipt.Delivered(Instant.parse("2026-12-01T08:31:05Z")));
        assertThat(gateway.receipt(PHONE, "222^0", NOW)).isEqualTo(new SmsReceipt.Undelivered("MK:0001"));
        assertThat(gateway.receipt(PHONE, "333^0", NOW)).isEqualTo(new SmsReceipt.Waiting());
        // The day is China's: 08:30 UTC is 16:30 in Liaocheng, the same day.
        aliyun.verify(3, postRequestedFor(urlPathEqualTo("/")).withQueryParam("SendDate", equalTo("20261201"))
                .withQueryParam("PhoneNumber", equalTo("13812345678")));
    }
}
