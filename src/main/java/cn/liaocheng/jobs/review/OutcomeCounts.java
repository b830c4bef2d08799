package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.CountyMonthCount;
import cn.liaocheng.jobs.shared.ProgrammeCount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's counts over recorded outcomes (办结) and decisions, one SQL query each, grouped by county (of the review
 * case) and month. They return sums only, never a person, so they carry no access check: the public 计划进展 page
 * shows them to anyone. Dates are Liaocheng's calendar days; {@code from} and {@code to} are both included.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeCounts {

    private static final String LOCAL_DAY = "cast(%s at time zone 'Asia/Shanghai' as date)";
    private static final String DECIDED = "c.status in ('APPROVED', 'COMPLETED')";

    private final JdbcClient jdbc;

    OutcomeCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** 新增就业: employment outcomes with the person employed, by the job's start date. */
    public List<CountyMonthCount> newJobs(LocalDate from, LocalDate to) {
        return byCountyAndMonth("count(*)", "o.start_date",
                "o.kind = 'EMPLOYMENT' and o.employed", from, to);
    }

    /** 辅助性就业 (如康家园): employment outcomes of kind {@link EmploymentKind#ASSISTED}, by start date. */
    public List<CountyMonthCount> assistedEmployment(LocalDate from, LocalDate to) {
        return byCountyAndMonth("count(*)", "o.start_date",
                "o.kind = 'EMPLOYMENT' and o.employed and o.employment_kind = 'ASSISTED'", from, to);
    }

    /**
     * The people (not jobs) employed per county by a job starting in the period, for the employment rate's
     * numerator: one person with two jobs counts once.
     */
    public Map<County, Long> peopleEmployed(LocalDate from, LocalDate to) {
        var counts = new EnumMap<County, Long>(County.class);
        jdbc.sql("""
                select c.county, count(distinct c.person_id) as n
                from review_outcome o join review_case c on c.application_id = o.application_id
                where o.kind = 'EMPLOYMENT' and o.employed and o.start_date between :from and :to
                group by c.county""")
                .param("from", from).param("to", to)
                .query((rs, i) -> counts.put(County.valueOf(rs.getString("county")), rs.getLong("n"))).list();
        return counts;
    }

    /** Employment outcomes on the given offers (e.g. the 盲人按摩 clinics'), by start date. */
    public List<CountyMonthCount> jobsOnOffers(Collection<String> offerSlugs, LocalDate from, LocalDate to) {
        return byCountyAndMonth("count(*)", "o.start_date",
                "o.kind = 'EMPLOYMENT' and o.employed and c.offer_slug = any(:slugs)", from, to, offerSlugs);
    }

    /** 参加培训: training outcomes with the person enrolled, by the day the outcome was recorded. */
    public List<CountyMonthCount> trainingParticipants(LocalDate from, LocalDate to) {
        return byCountyAndMonth("count(*)", LOCAL_DAY.formatted("o.recorded_at"),
                "o.kind = 'TRAINING' and o.enrolled", from, to);
    }

    /** 完成培训: training outcomes with the course completed, by the day the outcome was recorded. */
    public List<CountyMonthCount> trainingCompletions(LocalDate from, LocalDate to) {
        return byCountyAndMonth("count(*)", LOCAL_DAY.formatted("o.recorded_at"),
                "o.kind = 'TRAINING' and o.course_completed", from, to);
    }

    /** Loans paid out (both kinds of loan offer), as recorded at 办结, by the day granted. */
    public List<CountyMonthCount> loansGranted(LocalDate from, LocalDate to) {
        return byCountyAndMonth("count(*)", "o.granted_on", "o.kind = 'LOAN'", from, to);
    }

    /** The yuan paid out in those loans. */
    public List<CountyMonthCount> loanAmountYuan(LocalDate from, LocalDate to) {
        return byCountyAndMonth("coalesce(sum(o.amount_yuan), 0)", "o.granted_on", "o.kind = 'LOAN'", from, to);
    }

    /**
     * Incubation places taken: approved (or completed) applications for incubation offers, by the day of the latest
     * decision on them (the queue keeps no separate approval date).
     */
    public List<CountyMonthCount> incubationPlacesTaken(LocalDate from, LocalDate to) {
        return decidedCases("count(*)", "c.offer_kind = 'INCUBATION'", from, to, List.of());
    }

    /**
     * The people with an approved (or completed) application for one of the given offers, e.g. 一人一策 for graduates;
     * a person in two counties counts in each.
     */
    public List<CountyMonthCount> peopleApprovedFor(Collection<String> offerSlugs, LocalDate from, LocalDate to) {
        // Each person once, in the month of their first such decision in the period, so the months add up.
        var day = LOCAL_DAY.formatted("c.status_since");
        return grouped("""
                select county, to_char(first_day, 'YYYY-MM') as month, count(*) as n
                from (select c.county, c.person_id, min(%1$s) as first_day
                      from review_case c
                      where %2$s and c.offer_slug = any(:slugs) and %1$s between :from and :to
                      group by c.county, c.person_id) people
                group by county, month""".formatted(day, DECIDED), from, to, offerSlugs);
    }

    /** New jobs (as {@link #newJobs}) per programme, most first. */
    public List<ProgrammeCount> newJobsByProgramme(LocalDate from, LocalDate to) {
        return byProgramme("o.kind = 'EMPLOYMENT' and o.employed and o.start_date between :from and :to", from, to);
    }

    /** Training participants (as {@link #trainingParticipants}) per course, most first. */
    public List<ProgrammeCount> trainingParticipantsByProgramme(LocalDate from, LocalDate to) {
        return byProgramme("o.kind = 'TRAINING' and o.enrolled and " + LOCAL_DAY.formatted("o.recorded_at")
                + " between :from and :to", from, to);
    }

    private List<CountyMonthCount> byCountyAndMonth(String aggregate, String day, String where, LocalDate from,
            LocalDate to) {
        return byCountyAndMonth(aggregate, day, where, from, to, List.of());
    }

    private List<CountyMonthCount> byCountyAndMonth(String aggregate, String day, String where, LocalDate from,
            LocalDate to, Collection<String> slugs) {
        return grouped("""
                select c.county, to_char(%2$s, 'YYYY-MM') as month, %1$s as n
                from review_outcome o join review_case c on c.application_id = o.application_id
                where %3$s and %2$s between :from and :to
                group by c.county, month""".formatted(aggregate, day, where), from, to, slugs);
    }

    private List<CountyMonthCount> decidedCases(String aggregate, String where, LocalDate from, LocalDate to,
            Collection<String> slugs) {
        var day = LOCAL_DAY.formatted("c.status_since");
        return grouped("""
                select c.county, to_char(%2$s, 'YYYY-MM') as month, %1$s as n
                from review_case c
                where %3$s and %4$s and %2$s between :from and :to
                group by c.county, month""".formatted(aggregate, day, DECIDED, where), from, to, slugs);
    }

    private List<CountyMonthCount> grouped(String sql, LocalDate from, LocalDate to, Collection<String> slugs) {
        var statement = jdbc.sql(sql).param("from", from).param("to", to);
        if (sql.contains(":slugs")) {
            statement = statement.param("slugs", slugs.toArray(String[]::new));
        }
        return statement.query((rs, i) -> new CountyMonthCount(County.valueOf(rs.getString("county")),
                YearMonth.parse(rs.getString("month")), rs.getLong("n"))).list();
    }

    private List<ProgrammeCount> byProgramme(String where, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select c.offer_slug, min(c.offer_title) as title, count(*) as n
                from review_outcome o join review_case c on c.application_id = o.application_id
                where %s
                group by c.offer_slug
                order by n desc, c.offer_slug""".formatted(where))
                .param("from", from).param("to", to)
                .query((rs, i) -> new ProgrammeCount(rs.getString("offer_slug"), rs.getString("title"),
                        rs.getLong("n"))).list();
    }
}
