package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.sms.ConditionalOnSmsProvider;
import cn.liaocheng.jobs.sms.SmsGateway;
import cn.liaocheng.jobs.sms.SmsOutcome;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Messages by SMS through the configured provider, each kind from its registered template: the text key without
 * {@code message.} and with dashes ({@code message.application.more-info-needed} → {@code
 * application-more-info-needed}), its parameters in order. A kind without a template, and every voice call (no
 * voice-notification contract yet), stays queued for staff. Primary over the development log, as in accounts.
 */
@Component
@Primary
@ConditionalOnSmsProvider
class SmsMessageChannel implements MessageChannel {

    private final SmsGateway sms;

    SmsMessageChannel(SmsGateway sms) {
        this.sms = sms;
    }

    static String templateKind(String textKey) {
        return textKey.replaceFirst("^message\\.", "").replace('.', '-');
    }

    @Override
    public Result send(PhoneNumber to, Outgoing message, Delivery delivery) {
        if (delivery != Delivery.SMS) {
            return new Result.NotAvailable();
        }
        // OutId lets the provider's records be matched to the outbox row without any personal data.
        return switch (sms.send(to, templateKind(message.textKey()), message.parameters(),
                "m" + message.messageId())) {
            case SmsOutcome.Accepted(var provider, var id) -> new Result.Sent(provider, id);
            case SmsOutcome.Refused(var provider, var reason) -> new Result.Refused(reason);
            case SmsOutcome.Failed(var provider, var reason) -> new Result.Failed(reason);
            case SmsOutcome.NoTemplate missing -> new Result.NotAvailable();
        };
    }
}
