package cn.liaocheng.jobs.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.LoggingVerificationChannel;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.VerificationChannel;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(RecordingSessionFixation.class)
class RegisterViewTests extends SpringBrowserlessTest {

    @Autowired LoggingVerificationChannel sentCodes;
    @Autowired VerificationCodes verificationCodes;
    @Autowired TestAccounts testAccounts;
    @Autowired CurrentAccount currentAccount;

    private final PhoneNumber phone = TestAccounts.uniquePhone();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private NativeTextField field(String id) {
        return NativeFieldTester.textField(id);
    }

    private List<String> errors() {
        return $(ErrorSummary.class).single().messages();
    }

    private void sendCode(String typedPhone) {
        NativeFieldTester.type(field("register-phone"), typedPhone);
        test($(NativeButton.class).id("send-code")).click();
    }

    private void fillAndSubmit(String code, String name, String password) {
        NativeFieldTester.type(field("register-code"), code);
        NativeFieldTester.type(field("register-name"), name);
        NativeFieldTester.type("register-password", password);
        test($(NativeButton.class).id("register-submit")).click();
    }

    @Test
    void fields_have_labels_and_the_autocomplete_phones_and_password_managers_need() {
        navigate(RegisterView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("注册");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("注册 - 聊城残疾人就业服务");
        assertThat(field("register-phone").inputElement().getAttribute("autocomplete")).isEqualTo("tel");
        var code = field("register-code");
        assertThat(code.getLabel()).isEqualTo("验证码");
        assertThat(code.inputElement().getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.inputElement().getAttribute("inputmode")).isEqualTo("numeric");
        var password = NativeFieldTester.passwordField("register-password");
        assertThat(password.inputElement().getAttribute("autocomplete")).isEqualTo("new-password");
        assertThat(password.revealButton().getText()).as("a real, labelled show-password button").isEqualTo("显示密码");
        assertThat(password.revealButton().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(password.revealButton().getAttribute("aria-controls")).isEqualTo("register-password");
        assertThat(password.revealButton().getAttribute("aria-describedby")).as("read with the field's label")
                .isEqualTo("register-password-label");
        assertThat(password.getElement().getChildren()
                        .filter(e -> "register-password-label".equals(e.getAttribute("id"))))
                .singleElement().satisfies(label -> assertThat(label.getText()).isEqualTo("设置密码"));
    }

    @Test
    void a_person_registers_with_the_code_from_the_sms_and_is_signed_in() {
        navigate(RegisterView.class);
        sendCode(phone.value());
        assertThat($(Announcer.class).single().message()).startsWith("短信已发到 " + phone.masked());

        fillAndSubmit(sentCodes.latestCodeFor(phone), " 王芳 ", TestAccounts.PASSWORD);

        var user = currentAccount.user().orElseThrow();
        assertThat(user.displayName()).isEqualTo("王芳");
        assertThat(user.phoneNumber()).isEqualTo(phone.value());
        assertThat(user.getPassword()).isEmpty();
        assertThat(SignInViewTests.pendingLocation()).isEqualTo("profile");
    }

    @Test
    void a_voice_call_can_be_chosen_for_people_who_cannot_read_a_text_message() {
        navigate(RegisterView.class);
        NativeFieldTester.choose(NativeFieldTester.<Delivery>radioGroup("delivery"), "语音电话（电话里读出验证码）");

        sendCode(phone.value());

        assertThat(sentCodes.recent().getFirst().delivery()).isEqualTo(Delivery.VOICE_CALL);
        assertThat($(Announcer.class).single().message()).startsWith("我们会打电话到 " + phone.masked());
    }

    @Test
    void every_phone_number_problem_has_its_own_message() {
        navigate(RegisterView.class);

        sendCode("");
        assertThat(errors()).containsExactly("请输入手机号码，如 13800000000");
        sendCode("138abc");
        assertThat(errors()).containsExactly("手机号码只能是数字，如 13800000000");
        sendCode("1380013800");
        assertThat(errors()).containsExactly("手机号码是 11 位数字，请检查是否多了或少了");
        sendCode("06358210000");
        assertThat(errors()).containsExactly("请输入以 13 到 19 开头的手机号码，不能用座机号码");
    }

    @Test
    void asking_again_within_a_minute_says_when_to_retry_as_a_time() {
        navigate(RegisterView.class);
        sendCode(phone.value());

        test($(NativeButton.class).id("send-code")).click();

        assertThat(errors()).singleElement().asString()
                .matches("验证码刚刚发过。如果没有收到，请在 \\d\\d:\\d\\d 之后再点“发送验证码”");
    }

    private static String withoutNumberAndTime(String message, PhoneNumber number) {
        return message.replace(number.masked(), "…").replaceAll("\\d\\d:\\d\\d", "…");
    }

    @Test
    void a_taken_number_gets_the_same_answer_as_a_new_one_and_only_the_phone_learns_it_is_taken() {
        var existing = new PhoneNumber(testAccounts.applicant("已注册的人").phoneNumber());
        navigate(RegisterView.class);

        sendCode(existing.value());

        var forTaken = $(Announcer.class).single().message();
        assertThat($(ErrorSummary.class).exists()).as("an error summary").isFalse();
        sendCode(phone.value());
        var forNew = $(Announcer.class).single().message();

        assertThat(withoutNumberAndTime(forTaken, existing)).isEqualTo(withoutNumberAndTime(forNew, phone))
                .isEqualTo("短信已发到 …，请看一下。没有注册过的号码会收到验证码，… 之前有效；已经注册过的号码会收到一条提醒，告诉您怎样登录。");
        assertThat(sentCodes.latestNoticeFor(existing)).contains(VerificationChannel.Notice.ALREADY_REGISTERED);

        NativeFieldTester.type(field("register-phone"), existing.value());
        fillAndSubmit("000000", "王芳", TestAccounts.PASSWORD);
        assertThat(errors()).containsExactly("验证码不对，请看一下短信或电话里的数字再输入。还可以试 4 次");
        assertThat($(Anchor.class).withText("去登录").exists()).as("the help for a taken number").isFalse();
    }

    @Test
    void missing_and_refused_answers_are_listed_in_field_order_and_kept() {
        navigate(RegisterView.class);
        NativeFieldTester.type(field("register-phone"), phone.value());

        fillAndSubmit("", "", "12345678");

        assertThat(errors()).containsExactly(
                "请输入验证码。还没有收到的话，请先点“发送验证码”",
                "请输入您的姓名或称呼",
                "这个密码太常见，容易被别人猜到。请换一个，比如一句只有您知道的话");
        assertThat(field("register-phone").getValue()).isEqualTo(phone.value());
        assertThat(NativeFieldTester.passwordField("register-password").getValue()).isEqualTo("12345678");
    }

    @Test
    void every_password_rule_has_a_plain_message() {
        navigate(RegisterView.class);
        NativeFieldTester.type(field("register-phone"), phone.value());

        fillAndSubmit("123456", "王芳", "短密码");
        assertThat(errors()).containsExactly("密码太短，请至少输入 8 个字");
        fillAndSubmit("123456", "王芳", "长".repeat(129));
        assertThat(errors()).containsExactly("密码太长，最多 128 个字");
        fillAndSubmit("123456", "王芳", "我的号码" + phone.value());
        assertThat(errors()).containsExactly("密码里不能有您的手机号码，请换一个");
    }

    @Test
    void a_wrong_code_says_how_many_tries_are_left_and_a_used_up_code_asks_for_a_new_one() {
        navigate(RegisterView.class);
        sendCode(phone.value());
        var code = sentCodes.latestCodeFor(phone);
        var wrong = code.equals("000000") ? "111111" : "000000";

        fillAndSubmit(wrong, "王芳", TestAccounts.PASSWORD);
        assertThat(errors()).containsExactly("验证码不对，请看一下短信或电话里的数字再输入。还可以试 4 次");

        for (int i = 0; i < 4; i++) {
            fillAndSubmit(wrong, "王芳", TestAccounts.PASSWORD);
        }
        assertThat(errors()).containsExactly("这个验证码已经失效，请点“发送验证码”获取新的");
        assertThat(currentAccount.user()).isEmpty();
    }

    @Test
    void a_name_that_is_too_long_or_has_control_characters_is_refused() {
        navigate(RegisterView.class);
        NativeFieldTester.type(field("register-phone"), phone.value());

        fillAndSubmit("123456", "王".repeat(31), TestAccounts.PASSWORD);
        assertThat(errors()).containsExactly("称呼太长，最多 30 个字");
        fillAndSubmit("123456", "王\n芳", TestAccounts.PASSWORD);
        assertThat(errors()).containsExactly("称呼里有看不见的特殊字符，请重新输入，不要粘贴");
    }
}
