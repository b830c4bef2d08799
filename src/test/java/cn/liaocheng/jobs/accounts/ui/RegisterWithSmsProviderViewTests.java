package cn.liaocheng.jobs.accounts.ui;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.sms.FakeAliyun;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person sees on /register when the SMS provider did not send their code: why, and what to do now. */
@FakeAliyun.WithFakeAliyun
class RegisterWithSmsProviderViewTests extends SpringBrowserlessTest {

    @BeforeEach
    void fakeProvider() {
        FakeAliyun.fresh();
    }

    private void sendCode() {
        navigate(RegisterView.class);
        NativeFieldTester.type("register-phone", TestAccounts.uniquePhone().value());
        test($(NativeButton.class).id("send-code")).click();
    }

    @Test
    void a_provider_that_is_down_asks_the_person_to_press_again_in_a_minute() {
        FakeAliyun.fresh().stubFor(post(urlPathEqualTo("/")).willReturn(serviceUnavailable()));

        sendCode();

        assertThat($(ErrorSummary.class).single().messages()).containsExactly(
                "验证码短信这次没有发出去，不是您的问题。请过一分钟再点一次“发送验证码”；还是收不到，可以到所在乡镇（街道）残联办理");
    }

    @Test
    void a_number_the_provider_refuses_is_asked_to_be_checked() {
        FakeAliyun.answersSendSms("isv.MOBILE_NUMBER_ILLEGAL");

        sendCode();

        assertThat($(ErrorSummary.class).single().messages()).singleElement()
                .satisfies(text -> assertThat(text).startsWith("短信平台现在不能给这个号码发短信"));
    }

    @Test
    void a_sent_code_shows_no_error() {
        FakeAliyun.answersSendSms("OK");

        sendCode();

        // The summary is hidden when there is nothing to say.
        assertThat($(ErrorSummary.class).all()).isEmpty();
        assertThat(FakeAliyun.sendSmsRequests()).hasSize(1);
    }
}
