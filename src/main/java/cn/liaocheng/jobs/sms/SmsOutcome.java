package cn.liaocheng.jobs.sms;

/**
 * What the provider said to one message. {@code reason} is a short, low-cardinality code (the provider's error code
 * such as {@code isv.MOBILE_NUMBER_ILLEGAL}, or {@code http-503}, {@code timeout}): safe for logs and metrics, never
 * the provider's message text, which may repeat the number.
 */
public sealed interface SmsOutcome {

    /** Taken by the provider; {@code messageId} asks for its delivery receipt later (Aliyun's BizId). */
    record Accepted(String provider, String messageId) implements SmsOutcome {}

    /** Refused for this message or number: trying again will not help (a wrong number, a limit for the number). */
    record Refused(String provider, String reason) implements SmsOutcome {}

    /** Not sent this time (the provider is down, slow or throttling): a later try may work. */
    record Failed(String provider, String reason) implements SmsOutcome {}

    /** No template is registered for this kind of message: nothing was sent. */
    record NoTemplate(String templateKey) implements SmsOutcome {}
}
