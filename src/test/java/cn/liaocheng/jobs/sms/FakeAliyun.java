package cn.liaocheng.jobs.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A local fake of Alibaba Cloud SMS's HTTP API on loopback, one for the whole test run, and the portal configured to
 * send through it ({@link WithFakeAliyun}): the tests of accounts and messages share one Spring context.
 */
public final class FakeAliyun {

    public static final int PORT = 18131;
    private static final WireMockServer SERVER = new WireMockServer(wireMockConfig().port(PORT));

    /** The portal as deployed with Alibaba Cloud SMS, its endpoint on the fake. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SpringBootTest(properties = {"portal.messages.log=false", "portal.sms.provider=aliyun",
        "portal.sms.endpoint=http://localhost:" + PORT, "portal.sms.access-key-id=LTAI5tFakeKeyId",
        "portal.sms.access-key-secret=fake-secret-never-logged", "portal.sms.sign-name=聊城市残联",
        "portal.sms.read-timeout=25s",
        "portal.sms.templates.code.id=SMS_200000001", "portal.sms.templates.code.parameters=code",
        "portal.sms.templates.notice-already-registered.id=SMS_200000002",
        "portal.sms.templates.notice-no-account.id=SMS_200000003",
        "portal.sms.templates.notice-staff-ask-administrator.id=SMS_200000004",
        "portal.sms.templates.notice-nothing-to-set-up.id=SMS_200000005",
        "portal.sms.templates.application-submitted.id=SMS_200000010",
        "portal.sms.templates.application-submitted.parameters=reference"})
    public @interface WithFakeAliyun {
    }

    private FakeAliyun() {
    }

    /** Started on first use, stubs cleared: each test says what the provider answers. */
    public static synchronized WireMockServer fresh() {
        if (!SERVER.isRunning()) {
            SERVER.start();
        }
        SERVER.resetAll();
        return SERVER;
    }

    public static void answersSendSms(String code) {
        SERVER.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms"))
                .willReturn(okJson("{\"Code\":\"" + code + "\",\"Message\":\"" + code + "\",\"BizId\":\"biz-"
                        + System.nanoTime() + "^0\",\"RequestId\":\"r\"}")));
    }

    /** The SendSms requests received, oldest first, each as its decoded query parameters. */
    public static List<Map<String, String>> sendSmsRequests() {
        return SERVER.getAllServeEvents().reversed().stream().map(e -> e.getRequest())
                .filter(r -> "SendSms".equals(r.getHeader("x-acs-action"))).map(FakeAliyun::query).toList();
    }

    static Map<String, String> query(LoggedRequest request) {
        var url = request.getUrl();
        var map = new LinkedHashMap<String, String>();
        for (var pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
