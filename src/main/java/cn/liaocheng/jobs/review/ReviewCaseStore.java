package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.shared.County;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queue and outcome tables in plain SQL. Every read takes the staff member's county scope ({@code null} for an
 * administrator), so another county's rows never leave the database; every change names the version it saw.
 */
@Repository
class ReviewCaseStore {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private static final String SCOPE = "(cast(:county as varchar) is null or county = :county)";

    private final JdbcClient jdbc;

    ReviewCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReviewCase c) {
        jdbc.sql("""
                insert into review_case (application_id, reference, person_id, county, township, offer_slug, offer_kind,
                    offer_title, applicant_name, on_behalf, submitted_at, status, status_since)
                values (:id, :reference, :person, :county, :township, :slug, :kind, :title, :name, :onBehalf,
                    :submittedAt, :status, :submittedAt)
                on conflict (application_id) do nothing""")
                .param("id", c.applicationId()).param("reference", c.reference()).param("person", c.personId())
                .param("county", c.county().name()).param("township", c.township()).param("slug", c.offerSlug())
                .param("kind", c.offerKind().name()).param("title", c.offerTitle()).param("name", c.applicantName())
                .param("onBehalf", c.onBehalf()).param("submittedAt", Timestamp.from(c.submittedAt()))
                .param("status", c.status().name())
                .update();
    }

    /** Every application id the queue holds, for the backfill to see which are missing. */
    java.util.Set<Long> applicationIds() {
        return new java.util.HashSet<>(jdbc.sql("select application_id from review_case").query(Long.class).list());
    }

    Optional<ReviewCase> find(long applicationId, @Nullable String county) {
        return jdbc.sql("select * from review_case where application_id = :id and " + SCOPE)
                .param("id", applicationId).param("county", county).query(this::reviewCase).optional();
    }

    Optional<ReviewCase> findByReference(String reference, @Nullable String county) {
        return jdbc.sql("select * from review_case where reference = :reference and " + SCOPE)
                .param("reference", reference).param("county", county).query(this::reviewCase).optional();
    }

    List<ReviewCase> findAll(Collection<Long> applicationIds, @Nullable String county) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from review_case where application_id in (:ids) and " + SCOPE)
                .param("ids", applicationIds).param("county", county).query(this::reviewCase).list();
    }

    /** The newest case of each person, for naming people in lists that hold only their ids. */
    List<ReviewCase> newestOfPeople(Collection<Long> personIds, @Nullable String county) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct on (person_id) * from review_case where person_id in (:ids) and " + SCOPE
                        + " order by person_id, submitted_at desc")
                .param("ids", personIds).param("county", county).query(this::reviewCase).list();
    }

    List<ReviewCase> page(QueueFilter filter, @Nullable String county, long offset, int size) {
        return filtered("select * from review_case where " + SCOPE + FILTERS
                + " order by submitted_at, application_id limit :limit offset :offset", filter, county)
                .param("limit", size).param("offset", offset).query(this::reviewCase).list();
    }

    long count(QueueFilter filter, @Nullable String county) {
        return filtered("select count(*) from review_case where " + SCOPE + FILTERS, filter, county)
                .query(Long.class).single();
    }

    /** How many of the staff member's applications are in each status (drafts never are). */
    Map<ApplicationStatus, Long> countsByStatus(@Nullable String county) {
        var counts = new EnumMap<ApplicationStatus, Long>(ApplicationStatus.class);
        jdbc.sql("select status, count(*) as n from review_case where " + SCOPE + " group by status")
                .param("county", county)
                .query((rs, n) -> counts.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The offers that have applications in the staff member's scope, for the 项目 filter: slug → title. */
    List<Map.Entry<String, String>> offers(@Nullable String county) {
        return jdbc.sql("select distinct offer_slug, offer_title from review_case where " + SCOPE + " order by offer_title")
                .param("county", county)
                .query((rs, n) -> Map.entry(rs.getString("offer_slug"), rs.getString("offer_title"))).list();
    }

    private static final String FILTERS = """
             and status = any(:statuses)
             and (cast(:kind as varchar) is null or offer_kind = :kind)
             and (cast(:offer as varchar) is null or offer_slug = :offer)
             and (cast(:township as varchar) is null or township = :township)
             and (cast(:from as timestamptz) is null or submitted_at >= :from)
             and (cast(:onBehalf as boolean) is null or on_behalf = :onBehalf)""";

    private JdbcClient.StatementSpec filtered(String sql, QueueFilter filter, @Nullable String county) {
        var from = filter.submittedFrom();
        return jdbc.sql(sql).param("county", county)
                .param("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new))
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("offer", blankToNull(filter.offerSlug()))
                .param("township", blankToNull(filter.township()))
                .param("from", from == null ? null : Timestamp.from(startOf(from)))
                .param("onBehalf", filter.onBehalf());
    }

    /**
     * Claims the version the staff member saw: one conditional statement, so of two staff acting at once exactly one
     * goes on and the other finds the version changed.
     */
    boolean claim(long applicationId, int version) {
        return jdbc.sql("update review_case set version = version + 1 where application_id = :id and version = :version")
                .param("id", applicationId).param("version", version).update() == 1;
    }

    void statusChanged(long applicationId, ApplicationStatus to, Instant now) {
        jdbc.sql("""
                update review_case set status = :to, status_since = :now, version = version + 1
                where application_id = :id""")
                .param("to", to.name()).param("now", Timestamp.from(now)).param("id", applicationId).update();
    }

    void assign(long applicationId, long accountId, String name) {
        jdbc.sql("update review_case set assigned_to = :account, assigned_name = :name where application_id = :id")
                .param("account", accountId).param("name", name).param("id", applicationId).update();
    }

    void insertOutcome(long applicationId, Outcome outcome, long recordedBy, Instant now) {
        var spec = jdbc.sql("""
                insert into review_outcome (application_id, kind, enrolled, course_completed, certificate, employed,
                    employer, start_date, employment_kind, social_insurance, amount_yuan, bank, granted_on, recorded_by,
                    recorded_at)
                values (:id, :kind, :enrolled, :completed, :certificate, :employed, :employer, :startDate,
                    :employmentKind, :socialInsurance, :amount, :bank, :grantedOn, :by, :now)""")
                .param("id", applicationId).param("kind", outcome.kind().name())
                .param("by", recordedBy).param("now", Timestamp.from(now));
        Boolean enrolled = null, completed = null, employed = null;
        String certificate = null, employer = null, employmentKind = null, socialInsurance = null, bank = null;
        LocalDate startDate = null, grantedOn = null;
        Integer amount = null;
        switch (outcome) {
            case Outcome.Training t -> {
                enrolled = t.enrolled();
                completed = t.completed();
                certificate = t.certificate();
            }
            case Outcome.Employment e -> {
                employed = e.employed();
                employer = e.employer();
                startDate = e.startDate();
                employmentKind = e.employmentKind() == null ? null : e.employmentKind().name();
                socialInsurance = e.socialInsurance() == null ? null : e.socialInsurance().name();
            }
            case Outcome.Loan l -> {
                amount = l.amountYuan();
                bank = l.bank();
                grantedOn = l.grantedOn();
            }
        }
        spec.param("enrolled", enrolled).param("completed", completed).param("certificate", certificate)
                .param("employed", employed).param("employer", employer).param("startDate", startDate)
                .param("employmentKind", employmentKind).param("socialInsurance", socialInsurance).param("amount", amount).param("bank", bank)
                .param("grantedOn", grantedOn).update();
    }

    Optional<Outcome> outcome(long applicationId) {
        return jdbc.sql("select * from review_outcome where application_id = :id").param("id", applicationId)
                .query((rs, n) -> outcome(rs)).optional();
    }

    /**
     * The outcomes of {@code kind} that someone took up (employed; enrolled) recorded from {@code from} (inclusive)
     * until {@code until} (exclusive), within the staff member's scope and, when given, one county; oldest first.
     */
    List<RecordedOutcome> recordedOutcomes(OutcomeKind kind, @Nullable String scope, @Nullable County county,
            Instant from, Instant until) {
        return jdbc.sql("""
                select c.reference, c.person_id, c.county, c.offer_slug, c.offer_title, o.*
                from review_outcome o join review_case c on c.application_id = o.application_id
                where""" + " " + SCOPE + """
                 and (cast(:chosen as varchar) is null or c.county = :chosen)
                 and o.kind = :kind and o.recorded_at >= :from and o.recorded_at < :until
                 and ((o.kind = 'EMPLOYMENT' and o.employed) or (o.kind = 'TRAINING' and o.enrolled))
                order by o.recorded_at, o.application_id""")
                .param("county", scope).param("chosen", county == null ? null : county.name())
                .param("kind", kind.name()).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((rs, n) -> new RecordedOutcome(rs.getLong("application_id"), rs.getString("reference"),
                        rs.getLong("person_id"), County.valueOf(rs.getString("county")), rs.getString("offer_slug"),
                        rs.getString("offer_title"), outcome(rs), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Outcome outcome(ResultSet rs) throws SQLException {
        return switch (OutcomeKind.valueOf(rs.getString("kind"))) {
            case TRAINING -> new Outcome.Training(rs.getBoolean("enrolled"), rs.getBoolean("course_completed"),
                    rs.getString("certificate"));
            case EMPLOYMENT -> new Outcome.Employment(rs.getBoolean("employed"), rs.getString("employer"),
                    rs.getObject("start_date", LocalDate.class),
                    rs.getString("employment_kind") == null ? null
                            : EmploymentKind.valueOf(rs.getString("employment_kind")),
                    rs.getString("social_insurance") == null ? null
                            : SocialInsurance.valueOf(rs.getString("social_insurance")));
            case LOAN -> new Outcome.Loan(rs.getObject("amount_yuan", Integer.class), rs.getString("bank"),
                    rs.getObject("granted_on", LocalDate.class));
        };
    }

    private ReviewCase reviewCase(ResultSet rs, int row) throws SQLException {
        long assigned = rs.getLong("assigned_to");
        Long assignedTo = rs.wasNull() ? null : assigned;
        return new ReviewCase(rs.getLong("application_id"), rs.getString("reference"), rs.getLong("person_id"),
                County.valueOf(rs.getString("county")), rs.getString("township"), rs.getString("offer_slug"),
                OfferKind.valueOf(rs.getString("offer_kind")), rs.getString("offer_title"),
                rs.getString("applicant_name"), rs.getBoolean("on_behalf"),
                rs.getTimestamp("submitted_at").toInstant(), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("status_since").toInstant(), assignedTo, rs.getString("assigned_name"),
                rs.getInt("version"));
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(LIAOCHENG).toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
