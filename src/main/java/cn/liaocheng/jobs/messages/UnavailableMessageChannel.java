package cn.liaocheng.jobs.messages;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without an SMS provider ({@code portal.sms.provider}) and the development channel, the portal sends
 * nothing: every message stays QUEUED in the outbox (the dispatcher logs one line per message, with its id and channel
 * only), ready to be sent when a gateway is wired or for staff to follow up. The portal still starts and works.
 */
@Configuration(proxyBeanMethods = false)
class UnavailableMessageChannel {

    @Bean
    @ConditionalOnMissingBean(MessageChannel.class)
    // Not named like this class: the configuration is itself a bean of that name.
    MessageChannel messageChannelWithoutGateway() {
        return UnavailableMessageChannel::notAvailable;
    }

    static MessageChannel.Result notAvailable(PhoneNumber to, MessageChannel.Outgoing message,
            MessageChannel.Delivery delivery) {
        return new MessageChannel.Result.NotAvailable();
    }
}
