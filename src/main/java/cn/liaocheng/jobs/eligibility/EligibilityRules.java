package cn.liaocheng.jobs.eligibility;

import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the rules table; the rules change only by migration, so there is nothing to write. */
@Repository
class EligibilityRules {

    private final JdbcClient jdbc;

    EligibilityRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EligibilityRule> all() {
        return jdbc.sql("select * from eligibility_rule order by position").query((rs, i) -> rule(rs)).list();
    }

    private static EligibilityRule rule(ResultSet rs) throws SQLException {
        var household = rs.getString("household");
        return new EligibilityRule(rs.getString("code"), rs.getString("article"), text(rs, "title_zh", "title_en"),
                text(rs, "lead_department", "lead_department_en"), text(rs, "what_to_bring", "what_to_bring_en"),
                codes(rs.getString("subtypes"), OfferSubtype::valueOf), codes(rs.getString("wants"), Want::valueOf),
                household == null ? null : "RURAL".equals(household),
                codes(rs.getString("counties"), County::valueOf), integer(rs, "min_age"), integer(rs, "max_age"),
                codes(rs.getString("categories"), DisabilityCategory::valueOf), integer(rs, "max_grade"),
                integer(rs, "graduated_within_years"), rs.getBoolean("not_working"));
    }

    private static LocalizedText text(ResultSet rs, String zh, String en) throws SQLException {
        return new LocalizedText(rs.getString(zh), rs.getString(en));
    }

    private static <T> Set<T> codes(@Nullable String list, Function<String, T> parse) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).map(parse).collect(Collectors.toSet());
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        var value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
