package cn.liaocheng.jobs.annualreport;

import cn.liaocheng.jobs.shared.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The report tables in plain SQL. Every change of a draft is conditional on the version it was read at. */
@Repository
class ReportStore {

    /** The working row of one county and year. */
    record Draft(long id, County county, int year, int version, ReportStatus status, ReportSections sections,
            @Nullable Instant savedAt, @Nullable String changesRequested) {}

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Draft> find(County county, int year) {
        return jdbc.sql("select * from annualreport_report where county = :county and year = :year")
                .param("county", county.name()).param("year", year).query(ReportStore::draft).optional();
    }

    List<Draft> forYear(int year) {
        return jdbc.sql("select * from annualreport_report where year = :year").param("year", year)
                .query(ReportStore::draft).list();
    }

    /** The row for a first save, at version 0; a second administrator racing to create it finds it made. */
    Draft findOrCreate(County county, int year) {
        jdbc.sql("insert into annualreport_report (county, year) values (:county, :year) on conflict do nothing")
                .param("county", county.name()).param("year", year).update();
        return find(county, year).orElseThrow();
    }

    /** Saves the text if the row is still at {@code version} and editable; false when it is not (nothing changed). */
    boolean saveDraft(long id, int version, ReportSections sections, Instant now, long by) {
        return jdbc.sql("""
                update annualreport_report
                set achievements = :a, practices = :p, problems = :q, draft_saved_at = :now, draft_saved_by = :by,
                    version = version + 1
                where id = :id and version = :version and status <> 'SUBMITTED'""")
                .param("a", sections.achievements()).param("p", sections.practices()).param("q", sections.problems())
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    boolean markSubmitted(long id, int version) {
        return jdbc.sql("""
                update annualreport_report
                set status = 'SUBMITTED', version = version + 1,
                    changes_requested = null, changes_requested_at = null, changes_requested_by = null
                where id = :id and version = :version and status <> 'SUBMITTED'""")
                .param("id", id).param("version", version).update() == 1;
    }

    boolean requestChanges(long id, int version, String message, Instant now, long by) {
        return jdbc.sql("""
                update annualreport_report
                set status = 'CHANGES_REQUESTED', version = version + 1, changes_requested = :message,
                    changes_requested_at = :now, changes_requested_by = :by
                where id = :id and version = :version and status = 'SUBMITTED'""")
                .param("message", message).param("now", Timestamp.from(now)).param("by", by)
                .param("id", id).param("version", version).update() == 1;
    }

    /** The latest submitted version of each county's report of {@code year}: number, when, late; no text, no figures. */
    record Latest(County county, int number, Instant submittedAt, boolean late) {}

    List<Latest> latestVersions(int year) {
        return jdbc.sql("""
                select distinct on (r.county) r.county, v.number, v.submitted_at, v.late
                from annualreport_report r join annualreport_version v on v.report_id = r.id
                where r.year = :year order by r.county, v.number desc""")
                .param("year", year)
                .query((rs, n) -> new Latest(County.valueOf(rs.getString("county")), rs.getInt("number"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late")))
                .list();
    }

    /** Inserts the next version with its figures; the caller holds the row (its conditional update) meanwhile. */
    int insertVersion(long reportId, ReportSections sections, LocalDate asOf, List<ReportFigure> figures,
            Instant now, long by, String byName, boolean late) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from annualreport_version where report_id = :id")
                .param("id", reportId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into annualreport_version (report_id, number, achievements, practices, problems, figures_as_of,
                    submitted_at, submitted_by, submitted_by_name, late)
                values (:report, :number, :a, :p, :q, :asOf, :now, :by, :name, :late)""")
                .param("report", reportId).param("number", number).param("a", sections.achievements())
                .param("p", sections.practices()).param("q", sections.problems()).param("asOf", asOf)
                .param("now", Timestamp.from(now)).param("by", by).param("name", byName).param("late", late)
                .update(keys, "id");
        long versionId = keys.getKeyAs(Long.class);
        for (int i = 0; i < figures.size(); i++) {
            var figure = figures.get(i);
            jdbc.sql("""
                    insert into annualreport_version_figure
                        (version_id, position, kind, message_key, value, target, unit, known)
                    values (:version, :position, :kind, :key, :value, :target, :unit, :known)""")
                    .param("version", versionId).param("position", i).param("kind", figure.kind())
                    .param("key", figure.messageKey()).param("value", figure.value()).param("target", figure.target())
                    .param("unit", figure.unit().name()).param("known", figure.known()).update();
        }
        return number;
    }

    /** Every submitted version of the report, newest first, with its figures as frozen. */
    List<SubmittedVersion> versions(long reportId) {
        record Row(long id, County county, int year, int number, ReportSections sections, LocalDate asOf,
                Instant at, String by, boolean late) {}
        var rows = jdbc.sql("""
                select v.*, r.county, r.year from annualreport_version v join annualreport_report r on r.id = v.report_id
                where v.report_id = :id order by v.number desc""")
                .param("id", reportId)
                .query((rs, n) -> new Row(rs.getLong("id"), County.valueOf(rs.getString("county")), rs.getInt("year"),
                        rs.getInt("number"), new ReportSections(rs.getString("achievements"),
                        rs.getString("practices"), rs.getString("problems")),
                        rs.getObject("figures_as_of", LocalDate.class), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("submitted_by_name"), rs.getBoolean("late")))
                .list();
        return rows.stream().map(r -> new SubmittedVersion(r.county(), r.year(), r.number(), r.sections(), r.asOf(),
                figures(r.id()), r.at(), r.by(), r.late())).toList();
    }

    private List<ReportFigure> figures(long versionId) {
        return jdbc.sql("select * from annualreport_version_figure where version_id = :id order by position")
                .param("id", versionId)
                .query((rs, n) -> new ReportFigure(rs.getString("kind"), rs.getString("message_key"),
                        rs.getLong("value"), rs.getObject("target", Long.class),
                        ReportFigure.Unit.valueOf(rs.getString("unit")), rs.getBoolean("known")))
                .list();
    }

    /** Records today's reminder to one administrator; false when it was already recorded (then nothing is sent). */
    boolean recordReminder(County county, int year, LocalDate day, long accountId, Instant now) {
        return jdbc.sql("""
                insert into annualreport_reminder (county, year, day, account_id, sent_at)
                values (:county, :year, :day, :account, :now) on conflict do nothing""")
                .param("county", county.name()).param("year", year).param("day", day).param("account", accountId)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    private static Draft draft(ResultSet rs, int row) throws SQLException {
        var saved = rs.getTimestamp("draft_saved_at");
        return new Draft(rs.getLong("id"), County.valueOf(rs.getString("county")), rs.getInt("year"),
                rs.getInt("version"), ReportStatus.valueOf(rs.getString("status")),
                new ReportSections(rs.getString("achievements"), rs.getString("practices"), rs.getString("problems")),
                saved == null ? null : saved.toInstant(), rs.getString("changes_requested"));
    }
}
