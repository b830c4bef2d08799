package cn.liaocheng.jobs.sms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean that exists only when an SMS provider is configured, such as the channels that send codes and messages
 * through the {@link SmsGateway}. A property condition rather than "on bean": it does not depend on the order in which
 * configuration classes are read.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "portal.sms.provider", havingValue = "aliyun")
public @interface ConditionalOnSmsProvider {
}
