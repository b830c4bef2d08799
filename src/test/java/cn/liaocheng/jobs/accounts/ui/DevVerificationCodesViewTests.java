package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.accounts.VerificationCodes.Purpose;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(RecordingSessionFixation.class)
class DevVerificationCodesViewTests extends SpringBrowserlessTest {

    @Autowired VerificationCodes verificationCodes;
    @Autowired AccountService accountService;
    @Autowired TestAccounts testAccounts;

    @Test
    void the_development_page_lists_sent_codes_with_masked_numbers() {
        var phone = TestAccounts.uniquePhone();
        verificationCodes.send(phone, Purpose.PASSWORD_RESET, Delivery.SMS);

        navigate(DevVerificationCodesView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("开发用：验证码");
        var entry = $(ListItem.class).withTextContaining(phone.masked()).single().getText();
        assertThat(entry).contains("重新设置密码", "短信").containsPattern("验证码 \\d{6}").doesNotContain(phone.value());
    }

    @Test
    void a_notice_sent_instead_of_a_code_is_listed_with_its_text() {
        var registered = new PhoneNumber(testAccounts.applicant("王芳").phoneNumber());
        accountService.sendSignUpCode(registered, Delivery.VOICE_CALL);

        navigate(DevVerificationCodesView.class);

        var entry = $(ListItem.class).withTextContaining(registered.masked()).single().getText();
        assertThat(entry).contains("这个号码已注册，可直接登录或找回密码", "语音电话").doesNotContainPattern("\\d{6}");
    }
}
