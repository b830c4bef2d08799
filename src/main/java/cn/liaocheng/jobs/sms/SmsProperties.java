package cn.liaocheng.jobs.sms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.sms.*}: the provider, its keys (from the environment), the approved signature and the template
 * registered for each kind of message. A provider that is named but not fully configured stops the portal at start
 * with a message that says what is missing, instead of failing on the first person who asks for a code.
 *
 * <p>{@link #toString()} never shows the secret: Spring may print bound properties in a start-up failure.
 */
@ConfigurationProperties("portal.sms")
@Validated
public record SmsProperties(
        @DefaultValue("none") @NotNull SmsProvider provider,
        @Nullable String accessKeyId,
        @Nullable String accessKeySecret,
        @Nullable String signName,
        @DefaultValue("https://dysmsapi.aliyuncs.com") @NotNull URI endpoint,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration readTimeout,
        @DefaultValue Map<String, @Valid Template> templates) {

    /** The template for verification codes of every purpose that has no template of its own. */
    public static final String CODE_TEMPLATE = "code";
    /**
     * Sent instead of a code (accounts' notices). Without them, /register would fail only for numbers that have an
     * account and so tell anyone which numbers are registered (decision 0005): all four are required.
     */
    public static final List<String> NOTICE_TEMPLATES = List.of("notice-already-registered", "notice-no-account",
            "notice-staff-ask-administrator", "notice-nothing-to-set-up");

    /**
     * A template as registered with the provider: its code ({@code SMS_123456789}) and the names of its variables in
     * the order of the message's parameters (for a code: the code first).
     */
    public record Template(@NotBlank(message = "each portal.sms.templates.<kind>.id must be the template code, "
            + "e.g. SMS_123456789") @Pattern(regexp = "SMS_\\d+", message = "a template id looks like SMS_123456789")
            String id, @DefaultValue List<String> parameters) {}

    private boolean configured() {
        return provider != SmsProvider.NONE;
    }

    @AssertTrue(message = "portal.sms.provider is set, but PORTAL_SMS_ACCESS_KEY_ID and PORTAL_SMS_ACCESS_KEY_SECRET "
            + "(portal.sms.access-key-id, portal.sms.access-key-secret) are not both given")
    public boolean isKeysGiven() {
        return !configured() || (hasText(accessKeyId) && hasText(accessKeySecret));
    }

    @AssertTrue(message = "portal.sms.provider is set, but PORTAL_SMS_SIGN_NAME (portal.sms.sign-name, the approved "
            + "SMS signature such as 聊城市残疾人联合会) is not")
    public boolean isSignNameGiven() {
        return !configured() || hasText(signName);
    }

    @AssertTrue(message = "portal.sms.provider is set, but the templates for verification codes and notices are not "
            + "all registered: portal.sms.templates.code.id (parameters=code), and .id of notice-already-registered, "
            + "notice-no-account, notice-staff-ask-administrator and notice-nothing-to-set-up")
    public boolean isCodeTemplatesGiven() {
        return !configured() || Stream.concat(Stream.of(CODE_TEMPLATE), NOTICE_TEMPLATES.stream())
                .allMatch(templates::containsKey);
    }

    @AssertTrue(message = "portal.sms.templates.code.parameters must name the template's variable for the code, "
            + "e.g. code")
    public boolean isCodeParameterNamed() {
        var code = templates.get(CODE_TEMPLATE);
        return !configured() || code == null || !code.parameters().isEmpty();
    }

    @AssertTrue(message = "portal.sms.connect-timeout and portal.sms.read-timeout must be positive and at most 30s: "
            + "a person waits for a code while the provider answers")
    public boolean isTimeoutsSensible() {
        return Stream.of(connectTimeout, readTimeout)
                .allMatch(t -> t.isPositive() && t.compareTo(Duration.ofSeconds(30)) <= 0);
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "SmsProperties[provider=" + provider + ", accessKeyId=" + (hasText(accessKeyId) ? "(given)" : "(none)")
                + ", accessKeySecret=" + (hasText(accessKeySecret) ? "(given)" : "(none)") + ", signName=" + signName
                + ", endpoint=" + endpoint + ", templates=" + templates.keySet() + "]";
    }
}
