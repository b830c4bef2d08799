package cn.liaocheng.jobs.accounts;

import cn.liaocheng.jobs.shared.PhoneNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without an SMS provider ({@code portal.sms.provider}) and the development channel, the portal cannot send codes. It still starts,
 * so that people can browse and staff can work; sending a code fails with {@link VerificationUnavailableException},
 * which the forms turn into "please ask at your township office".
 */
@Configuration(proxyBeanMethods = false)
class UnavailableVerificationChannel {

    @Bean
    @ConditionalOnMissingBean(VerificationChannel.class)
    // Not named like this class: the configuration is itself a bean of that name, and the clash stopped start-up.
    VerificationChannel channelWithoutGateway() {
        return new VerificationChannel() {
            @Override
            public void send(PhoneNumber to, String code, VerificationCodes.Purpose purpose, Delivery delivery,
                    @Nullable String request) {
                throw new VerificationUnavailableException();
            }

            @Override
            public void sendNotice(PhoneNumber to, Notice notice, Delivery delivery) {
                throw new VerificationUnavailableException();
            }
        };
    }
}
