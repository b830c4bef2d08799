package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's part of the plan's counts: training bases per county, and which offers are of a subtype. */
@Service
@Transactional(readOnly = true)
public class CatalogueCounts {

    /**
     * The courses that happen at a place (a 培训基地 trains people on its premises): online courses and ability
     * assessments are not a base.
     */
    static final Set<OfferSubtype> AT_A_BASE = Set.of(OfferSubtype.VOCATIONAL, OfferSubtype.AGRICULTURAL,
            OfferSubtype.MASSAGE);

    private final JdbcClient jdbc;

    CatalogueCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * 职业培训基地 per county: the distinct providers of in-person courses ({@link #AT_A_BASE}) running at some time in
     * the period (a course without dates counts as running). City-wide offers count under {@link County#CITYWIDE}.
     */
    public Map<County, Long> trainingBases(LocalDate from, LocalDate to) {
        var counts = new EnumMap<County, Long>(County.class);
        jdbc.sql("""
                select county, count(distinct provider_zh) as n
                from catalogue_offer
                where kind = 'COURSE' and subtype = any(:subtypes)
                  and (starts_on is null or starts_on <= :to) and (ends_on is null or ends_on >= :from)
                group by county""")
                .param("subtypes", AT_A_BASE.stream().map(Enum::name).toArray(String[]::new))
                .param("from", from).param("to", to)
                .query((rs, i) -> counts.put(County.valueOf(rs.getString("county")), rs.getLong("n"))).list();
        return counts;
    }

    /** The slugs of every offer of the given subtypes, to count outcomes by subtype in the capability that has them. */
    public List<String> slugsOf(Collection<OfferSubtype> subtypes) {
        return jdbc.sql("select slug from catalogue_offer where subtype = any(:subtypes) order by slug")
                .param("subtypes", subtypes.stream().map(Enum::name).toArray(String[]::new))
                .query(String.class).list();
    }
}
