package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.CountyMonthCount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's count of loans referred to the Agricultural Bank (农行 e推客), one query, by county and the month of
 * referral (Liaocheng's calendar). Sums only, never a person, so no access check: the public 计划进展 page shows it.
 */
@Service
@Transactional(readOnly = true)
public class ReferralCounts {

    private final JdbcClient jdbc;

    ReferralCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Referrals made in the period ({@code from} and {@code to} included), whatever the bank answered since. */
    public List<CountyMonthCount> referred(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select county, to_char(referred_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
                    count(*) as n
                from bankreferrals_referral
                where cast(referred_at at time zone 'Asia/Shanghai' as date) between :from and :to
                group by county, month""")
                .param("from", from).param("to", to)
                .query((rs, i) -> new CountyMonthCount(County.valueOf(rs.getString("county")),
                        YearMonth.parse(rs.getString("month")), rs.getLong("n")))
                .list();
    }
}
