package cn.liaocheng.jobs.sms;

import cn.liaocheng.jobs.shared.PhoneNumber;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one SMS from a pre-registered template and asks for its delivery receipt, through Alibaba Cloud SMS
 * ({@code SendSms}, {@code QuerySendDetails}). Templates are named by a kind ({@code code}, {@code
 * application-submitted}, …) and mapped to the provider's template code and variable names by configuration.
 *
 * <p>Counts {@code portal.sms.sent}, {@code portal.sms.refused} (final refusals, by the provider's code) and {@code
 * portal.sms.failed} (tries that may work later), tagged by provider and reason only. A refusal is logged with the
 * kind, the masked number and the provider's code; never the text, the parameters or the keys.
 */
@Component
@ConditionalOnSmsProvider
public class SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(SmsGateway.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter RECEIVE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String PROVIDER = "aliyun";

    private final SmsProperties properties;
    private final AliyunSmsApi api;
    private final MeterRegistry meters;

    @Autowired
    SmsGateway(SmsProperties properties, Clock clock, MeterRegistry meters) {
        this(properties, new AliyunSmsApi(properties, clock), meters);
    }

    SmsGateway(SmsProperties properties, AliyunSmsApi api, MeterRegistry meters) {
        this.properties = properties;
        this.api = api;
        this.meters = meters;
    }

    public String provider() {
        return PROVIDER;
    }

    public boolean hasTemplate(String kind) {
        return properties.templates().containsKey(kind);
    }

    /**
     * Sends the template registered for {@code kind}, its variables filled with {@code parameters} in order.
     *
     * @param outId our own id for the message, returned by the provider with its receipt (may be null)
     */
    public SmsOutcome send(PhoneNumber to, String kind, List<String> parameters, @Nullable String outId) {
        var template = properties.templates().get(kind);
        if (template == null) {
            log.warn("No SMS template is registered for {}: nothing sent to {} (portal.sms.templates.{}.id)", kind, to,
                    kind);
            return new SmsOutcome.NoTemplate(kind);
        }
        var query = new LinkedHashMap<String, String>();
        query.put("PhoneNumbers", to.value());
        query.put("SignName", Objects.requireNonNull(properties.signName()));
        query.put("TemplateCode", template.id());
        if (!template.parameters().isEmpty()) {
            query.put("TemplateParam", TemplateParam.json(template.parameters(), parameters));
        }
        if (outId != null) {
            query.put("OutId", outId);
        }
        SmsOutcome outcome;
        try {
            var answer = api.call("SendSms", query);
            var code = Objects.requireNonNullElse(answer.code(), "");
            if (answer.status() == 200 && code.equals("OK") && answer.body().get("BizId") instanceof String bizId) {
                outcome = new SmsOutcome.Accepted(PROVIDER, bizId);
            } else if (AliyunRefusals.isFinal(code)) {
                outcome = new SmsOutcome.Refused(PROVIDER, code);
            } else {
                // A 5xx without a code, a throttled or suspended account, a key or clock that is wrong: may work later.
                outcome = new SmsOutcome.Failed(PROVIDER, code.isEmpty() ? "http-" + answer.status()
                        : AliyunRefusals.reason(code));
            }
        } catch (AliyunSmsApi.Trouble trouble) {
            outcome = new SmsOutcome.Failed(PROVIDER, trouble.reason);
        }
        count(kind, to, outcome);
        return outcome;
    }

    private void count(String kind, PhoneNumber to, SmsOutcome outcome) {
        switch (outcome) {
            case SmsOutcome.Accepted accepted -> counter("portal.sms.sent", "ok").increment();
            case SmsOutcome.Refused(var provider, var reason) -> {
                counter("portal.sms.refused", reason).increment();
                log.warn("SMS provider {} refused {} to {} with {}: not tried again", provider, kind, to, reason);
            }
            case SmsOutcome.Failed(var provider, var reason) -> {
                counter("portal.sms.failed", reason).increment();
                log.warn("SMS provider {} did not send {} to {} this time: {}", provider, kind, to, reason);
            }
            case SmsOutcome.NoTemplate noTemplate -> { }
        }
    }

    private Counter counter(String name, String reason) {
        return Counter.builder(name).tag("provider", PROVIDER).tag("reason", reason).register(meters);
    }

    /** What the provider knows of a message it accepted at {@code sentAt} ({@code QuerySendDetails}). */
    public SmsReceipt receipt(PhoneNumber to, String messageId, Instant sentAt) {
        var query = new LinkedHashMap<String, String>();
        query.put("PhoneNumber", to.value());
        query.put("BizId", messageId);
        query.put("SendDate", SEND_DATE.format(sentAt.atZone(CHINA)));
        query.put("PageSize", "10");
        query.put("CurrentPage", "1");
        try {
            var answer = api.call("QuerySendDetails", query);
            if (answer.status() != 200 || !"OK".equals(answer.code())) {
                var code = Objects.requireNonNullElse(answer.code(), "http-" + answer.status());
                return new SmsReceipt.Unknown(AliyunRefusals.reason(code));
            }
            var details = answer.body().get("SmsSendDetailDTOs") instanceof Map<?, ?> dtos
                    && dtos.get("SmsSendDetailDTO") instanceof List<?> list ? list : List.of();
            if (details.isEmpty() || !(details.getFirst() instanceof Map<?, ?> detail)) {
                return new SmsReceipt.Unknown("not-found");
            }
            var status = String.valueOf(detail.get("SendStatus"));
            return switch (status) {
                case "3" -> new SmsReceipt.Delivered(receivedAt(detail.get("ReceiveDate"), sentAt));
                case "2" -> new SmsReceipt.Undelivered(AliyunRefusals.reason(String.valueOf(detail.get("ErrCode"))));
                default -> new SmsReceipt.Waiting();
            };
        } catch (AliyunSmsApi.Trouble trouble) {
            return new SmsReceipt.Unknown(trouble.reason);
        } finally {
            meters.counter("portal.sms.receipt-queries", "provider", PROVIDER).increment();
        }
    }

    private static Instant receivedAt(Object value, Instant fallback) {
        try {
            return LocalDateTime.parse(String.valueOf(value), RECEIVE_DATE).atZone(CHINA).toInstant();
        } catch (java.time.format.DateTimeParseException notADate) {
            return fallback;
        }
    }
}
