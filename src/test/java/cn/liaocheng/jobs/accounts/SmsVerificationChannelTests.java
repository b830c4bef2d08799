package cn.liaocheng.jobs.accounts;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes.CheckOutcome;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.accounts.VerificationCodes.SendOutcome;
import cn.liaocheng.jobs.accounts.VerificationUnavailableException.Reason;
import cn.liaocheng.jobs.sms.FakeAliyun;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Codes by SMS through the provider: the code goes out in the registered template, a failure is told to the person at
 * once and never sent later, and a person who asked for a voice call is told to choose SMS.
 */
@FakeAliyun.WithFakeAliyun
@ExtendWith(OutputCaptureExtension.class)
class SmsVerificationChannelTests {

    @Autowired VerificationCodes codes;
    @Autowired AccountService accountService;
    @Autowired TestAccounts accounts;

    private WireMockServer aliyun;

    @BeforeEach
    void fakeProvider() {
        aliyun = FakeAliyun.fresh();
    }

    @Test
    void a_sign_up_code_goes_out_in_the_code_template_and_confirms(CapturedOutput output) {
        FakeAliyun.answersSendSms("OK");
        var phone = TestAccounts.uniquePhone();

        assertThat(codes.send(phone, Purpose.SIGN_UP, Delivery.SMS)).isInstanceOf(SendOutcome.Sent.class);

        assertThat(FakeAliyun.sendSmsRequests()).singleElement().satisfies(request -> {
            assertThat(request).containsEntry("PhoneNumbers", phone.value()).containsEntry("TemplateCode",
                    "SMS_200000001").containsEntry("SignName", "聊城市残联");
            var code = request.get("TemplateParam").replaceAll("\\D", "");
            assertThat(request.get("TemplateParam")).isEqualTo("{\"code\":\"" + code + "\"}");
            assertThat(codes.check(phone, Purpose.SIGN_UP, code)).isInstanceOf(CheckOutcome.Confirmed.class);
        });
        assertThat(output.getAll()).doesNotContain("fake-secret-never-logged").doesNotContain(phone.value());
    }

    @Test
    void a_registered_number_gets_the_notice_template_instead_of_a_code() {
        FakeAliyun.answersSendSms("OK");
        var phone = new cn.liaocheng.jobs.shared.PhoneNumber(accounts.applicant("李明").phoneNumber());

        assertThat(accountService.sendSignUpCode(phone, Delivery.SMS)).isInstanceOf(SendOutcome.Sent.class);

        assertThat(FakeAliyun.sendSmsRequests()).singleElement().satisfies(request -> {
            assertThat(request).containsEntry("TemplateCode", "SMS_200000002").doesNotContainKey("TemplateParam");
        });
    }

    @Test
    void a_provider_that_is_down_is_told_at_once_the_code_is_not_sent_later_and_asking_again_works() {
        aliyun.stubFor(post(urlPathEqualTo("/")).willReturn(serviceUnavailable()));
        var phone = TestAccounts.uniquePhone();

        assertThatThrownBy(() -> codes.send(phone, Purpose.SIGN_UP, Delivery.SMS))
                .isInstanceOfSatisfying(VerificationUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SENT));
        assertThat(FakeAliyun.sendSmsRequests()).hasSize(1);

        // The provider is back: the person presses the button again at once; the failed try cost them nothing.
        aliyun.resetAll();
        FakeAliyun.answersSendSms("OK");
        assertThat(codes.send(phone, Purpose.SIGN_UP, Delivery.SMS)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(FakeAliyun.sendSmsRequests()).hasSize(1);
    }

    @Test
    void a_number_the_provider_refuses_is_told_as_such() {
        FakeAliyun.answersSendSms("isv.MOBILE_NUMBER_ILLEGAL");

        assertThatThrownBy(() -> codes.send(TestAccounts.uniquePhone(), Purpose.PASSWORD_RESET, Delivery.SMS))
                .isInstanceOfSatisfying(VerificationUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NUMBER_REFUSED));
    }

    @Test
    void a_voice_call_is_not_offered_by_the_sms_provider_and_nothing_is_sent() {
        assertThatThrownBy(() -> codes.send(TestAccounts.uniquePhone(), Purpose.SIGN_UP, Delivery.VOICE_CALL))
                .isInstanceOfSatisfying(VerificationUnavailableException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NO_VOICE_CALLS));
        assertThat(FakeAliyun.sendSmsRequests()).isEmpty();
    }
}
