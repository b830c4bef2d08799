package cn.liaocheng.jobs.recommendations;

import cn.liaocheng.jobs.profile.SupportNeed;
import cn.liaocheng.jobs.shared.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** recommendations_assessment in plain SQL: one row per finished assessment application. */
@Repository
class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per application: the 办结 is recorded once, so a second insert for it changes nothing. */
    boolean insert(long applicationId, long personId, County county, Findings findings, long recordedBy,
            Instant now) {
        return jdbc.sql("""
                insert into recommendations_assessment (application_id, person_id, county, abilities, interests,
                    support_needed, directions, recorded_by, recorded_at)
                values (:application, :person, :county, :abilities, :interests, :support, :directions, :by, :now)
                on conflict (application_id) do nothing""")
                .param("application", applicationId).param("person", personId).param("county", county.name())
                .param("abilities", Findings.store(findings.abilities()))
                .param("interests", Findings.store(findings.interests()))
                .param("support", Findings.store(findings.supportNeeded()))
                .param("directions", Findings.store(findings.directions()))
                .param("by", recordedBy).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The assessment recorded at this application's 办结, if it is in {@code county} (null: any county). */
    Optional<RecordedAssessment> findByApplication(long applicationId, @Nullable String county) {
        return jdbc.sql("""
                select * from recommendations_assessment
                 where application_id = :id and (cast(:county as varchar) is null or county = :county)""")
                .param("id", applicationId).param("county", county).query(this::row).optional();
    }

    /** The person's newest assessment. */
    Optional<RecordedAssessment> newestOf(long personId) {
        return jdbc.sql("""
                select * from recommendations_assessment where person_id = :person
                 order by recorded_at desc, application_id desc limit 1""")
                .param("person", personId).query(this::row).optional();
    }

    List<RecordedAssessment> allOf(long personId) {
        return jdbc.sql("select * from recommendations_assessment where person_id = :person order by recorded_at, application_id")
                .param("person", personId).query(this::row).list();
    }

    int deleteOf(long personId) {
        return jdbc.sql("delete from recommendations_assessment where person_id = :person")
                .param("person", personId).update();
    }

    private RecordedAssessment row(ResultSet rs, int n) throws SQLException {
        var findings = new Findings(
                Findings.read(rs.getString("abilities"), Ability.class, Ability::valueOf),
                Findings.read(rs.getString("interests"), Ability.class, Ability::valueOf),
                Findings.read(rs.getString("support_needed"), SupportNeed.class, SupportNeed::valueOf),
                Findings.read(rs.getString("directions"), Direction.class, Direction::valueOf));
        return new RecordedAssessment(rs.getLong("application_id"), rs.getLong("person_id"),
                County.valueOf(rs.getString("county")), findings, rs.getTimestamp("recorded_at").toInstant());
    }
}
