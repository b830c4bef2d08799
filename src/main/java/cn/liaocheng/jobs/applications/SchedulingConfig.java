package cn.liaocheng.jobs.applications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on {@code @Scheduled} for {@link ApplicationRetention}, the portal's only timed job so far. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
