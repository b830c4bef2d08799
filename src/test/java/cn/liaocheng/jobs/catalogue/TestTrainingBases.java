package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Courses with a chosen provider, subtype and dates, for counting training bases. */
@Component
public class TestTrainingBases {

    private final JdbcClient jdbc;

    TestTrainingBases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the offer's slug. */
    public String course(County county, OfferSubtype subtype, String provider, LocalDate starts, LocalDate ends) {
        var slug = "test-base-" + UUID.randomUUID().toString().substring(0, 13);
        jdbc.sql("""
                insert into catalogue_offer (slug, kind, subtype, county, plan_measure, title_zh, summary_zh, details_zh,
                    provider_zh, lead_department_zh, contact_name_zh, contact_phone, how_to_apply_zh, eligibility_zh,
                    starts_on, ends_on, sample)
                values (:slug, :kind, :subtype, :county, '（十）1', '培训', '培训', '培训', :provider, '市残联', '李老师',
                    '0635-8212345', '报名', '持证残疾人', :starts, :ends, true)""")
                .param("slug", slug).param("kind", subtype.kind().name()).param("subtype", subtype.name())
                .param("county", county.name()).param("provider", provider).param("starts", starts)
                .param("ends", ends).update();
        return slug;
    }
}
