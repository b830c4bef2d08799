package cn.liaocheng.jobs.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The portal's clock for the annual report's tests: set to a moment in Liaocheng, around 12月10日. Each test sets it
 * to a year of its own (2031, 2032, …), since a county has one report a year and the tests share one database.
 */
public class ReportClock extends Clock {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private volatile Instant now = Instant.now();

    public void set(LocalDateTime liaochengTime) {
        now = liaochengTime.atZone(LIAOCHENG).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return LIAOCHENG;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        ReportClock reportClock() {
            return new ReportClock();
        }
    }
}
