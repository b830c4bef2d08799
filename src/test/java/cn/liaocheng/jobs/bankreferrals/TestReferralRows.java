package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.shared.County;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals to the bank in any county and on any day, for counting tests (rows as {@code BankReferralQueue} writes). */
@Component
public class TestReferralRows {

    private static final AtomicLong ids = new AtomicLong(8_500_000_000L + System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;

    TestReferralRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void referred(County county, LocalDate on) {
        long application = ids.incrementAndGet();
        jdbc.sql("""
                insert into bankreferrals_referral (application_id, person_id, reference, name, county, amount_asked,
                    purpose, borrower, referred_at)
                values (:app, 1, :reference, '测试 申请人', :county, 50000, 'PLANTING', 'SELF', :at)""")
                .param("app", application).param("reference", "T" + application).param("county", county.name())
                .param("at", Timestamp.from(on.atTime(0, 5).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
                .update();
    }
}
