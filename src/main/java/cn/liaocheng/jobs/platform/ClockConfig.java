package cn.liaocheng.jobs.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** Liaocheng's time zone, whatever the server's: "open now" and deadlines are local dates. */
    public static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(LIAOCHENG);
    }
}
