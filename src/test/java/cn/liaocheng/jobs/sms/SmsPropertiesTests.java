package cn.liaocheng.jobs.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A provider that is named but not fully configured stops the portal at start, saying what is missing. */
class SmsPropertiesTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SmsConfig.class);

    private static final String[] COMPLETE = {"portal.sms.provider=aliyun", "portal.sms.access-key-id=LTAI-test",
        "portal.sms.access-key-secret=very-secret-value", "portal.sms.sign-name=聊城市残联",
        "portal.sms.templates.code.id=SMS_100000001", "portal.sms.templates.code.parameters=code",
        "portal.sms.templates.notice-already-registered.id=SMS_100000002",
        "portal.sms.templates.notice-no-account.id=SMS_100000003",
        "portal.sms.templates.notice-staff-ask-administrator.id=SMS_100000004",
        "portal.sms.templates.notice-nothing-to-set-up.id=SMS_100000005"};

    @Test
    void without_a_provider_nothing_is_required() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(SmsProperties.class).provider()).isEqualTo(SmsProvider.NONE);
        });
    }

    @Test
    void a_complete_configuration_starts_and_binds_the_templates() {
        context.withPropertyValues(COMPLETE).run(started -> {
            assertThat(started).hasNotFailed();
            var properties = started.getBean(SmsProperties.class);
            assertThat(properties.templates().get("code").parameters()).containsExactly("code");
            assertThat(properties.readTimeout()).hasSeconds(5);
            assertThat(properties.connectTimeout()).hasSeconds(2);
            assertThat(properties.toString()).doesNotContain("very-secret-value").doesNotContain("LTAI-test");
        });
    }

    @Test
    void a_provider_without_keys_fails_naming_the_environment_variables() {
        context.withPropertyValues(COMPLETE).withPropertyValues("portal.sms.access-key-secret=").run(started -> {
            assertThat(started).hasFailed();
            assertThat(failure(started)).contains("PORTAL_SMS_ACCESS_KEY_ID and PORTAL_SMS_ACCESS_KEY_SECRET");
            assertThat(failure(started)).doesNotContain("very-secret-value");
        });
    }

    @Test
    void a_provider_without_sign_name_or_code_templates_fails_saying_which() {
        context.withPropertyValues("portal.sms.provider=aliyun", "portal.sms.access-key-id=LTAI-test",
                "portal.sms.access-key-secret=very-secret-value").run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(failure(started)).contains("PORTAL_SMS_SIGN_NAME")
                            .contains("portal.sms.templates.code.id").contains("notice-already-registered");
                });
    }

    @Test
    void a_template_id_that_is_not_one_fails() {
        context.withPropertyValues(COMPLETE).withPropertyValues("portal.sms.templates.code.id=验证码模板")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(failure(started)).contains("SMS_123456789");
                });
    }

    private static String failure(org.springframework.boot.test.context.assertj.AssertableApplicationContext c) {
        var text = new StringBuilder();
        for (Throwable e = c.getStartupFailure(); e != null; e = e.getCause()) {
            text.append(e.getMessage()).append('\n');
        }
        return text.toString();
    }
}
