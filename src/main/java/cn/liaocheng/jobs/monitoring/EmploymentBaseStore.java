package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One row per county; every change names the version it saw, so the second of two at once changes nothing. */
@Repository
class EmploymentBaseStore {

    private final JdbcClient jdbc;

    EmploymentBaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<County, EmploymentBase> all() {
        var bases = new EnumMap<County, EmploymentBase>(County.class);
        jdbc.sql("select * from monitoring_employment_base").query((rs, i) -> {
            var base = new EmploymentBase(County.valueOf(rs.getString("county")), rs.getLong("working_age_holders"),
                    rs.getString("source"), rs.getDate("as_of").toLocalDate(), rs.getString("entered_by_name"),
                    rs.getTimestamp("entered_at").toInstant(), rs.getInt("version"));
            return bases.put(base.county(), base);
        }).list();
        return bases;
    }

    Optional<EmploymentBase> find(County county) {
        return Optional.ofNullable(all().get(county));
    }

    /** Inserts when {@code version} is -1 (none seen), else updates that version; false when someone was first. */
    boolean save(County county, long holders, String source, java.time.LocalDate asOf, long enteredBy,
            String enteredByName, Instant at, int version) {
        if (version < 0) {
            return jdbc.sql("""
                    insert into monitoring_employment_base
                        (county, working_age_holders, source, as_of, entered_by, entered_by_name, entered_at)
                    values (:county, :holders, :source, :asOf, :by, :byName, :at)
                    on conflict (county) do nothing""")
                    .param("county", county.name()).param("holders", holders).param("source", source)
                    .param("asOf", asOf).param("by", enteredBy).param("byName", enteredByName)
                    .param("at", Timestamp.from(at)).update() == 1;
        }
        return jdbc.sql("""
                update monitoring_employment_base
                set working_age_holders = :holders, source = :source, as_of = :asOf, entered_by = :by,
                    entered_by_name = :byName, entered_at = :at, version = version + 1
                where county = :county and version = :version""")
                .param("county", county.name()).param("holders", holders).param("source", source)
                .param("asOf", asOf).param("by", enteredBy).param("byName", enteredByName)
                .param("at", Timestamp.from(at)).param("version", version).update() == 1;
    }
}
