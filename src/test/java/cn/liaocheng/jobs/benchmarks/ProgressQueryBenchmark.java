package cn.liaocheng.jobs.benchmarks;

import cn.liaocheng.jobs.bankreferrals.ReferralCounts;
import cn.liaocheng.jobs.catalogue.CatalogueCounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.monitoring.ProgressService;
import cn.liaocheng.jobs.review.OutcomeCounts;
import cn.liaocheng.jobs.shared.County;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the queries behind 计划进展 on a sample-sized data set and on 100 times as much, and prints the figures; it
 * asserts nothing. Not a test: the name matches neither Surefire's nor Failsafe's patterns, so only
 * {@code scripts/progress-benchmark.sh} runs it ({@code -Dtest=ProgressQueryBenchmark}).
 *
 * <p>"The sample" is 20 applications with an outcome per county and kind (employment, training, loan), 5 incubation and
 * 5 graduate decisions and 5 bank referrals per county, spread over 2023–2026: 1 080 cases and 55 referrals, about
 * what the sample profile's demo people produce. The rows are written straight into the tables with
 * {@code generate_series}, as the review and the bank would have written them.
 */
@SpringBootTest
class ProgressQueryBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 21;

    @Autowired JdbcClient jdbc;
    @Autowired ProgressService progress;
    @Autowired OutcomeCounts outcomes;
    @Autowired ReferralCounts referrals;
    @Autowired CatalogueCounts catalogue;

    @Test
    void measure() throws Exception {
        var out = new StringBuilder();
        long added = 0;
        for (int factor : new int[] {1, 100}) {
            added = fill(factor, added);
            jdbc.sql("analyze").update();
            out.append(measure(factor)).append('\n');
        }
        var report = Path.of("target", "progress-benchmark.txt");
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(out);
    }

    /** Adds rows until the data set is {@code factor} samples; returns how many samples it now holds. */
    private long fill(int factor, long already) {
        var counties = Arrays.stream(County.values()).filter(c -> c != County.CITYWIDE).map(Enum::name)
                .toArray(String[]::new);
        long samples = factor - already;
        long perKind = 20 * samples * counties.length;
        long small = 5 * samples * counties.length;
        var massage = catalogue.slugsOf(List.of(OfferSubtype.MASSAGE_CLINIC));
        var graduate = catalogue.slugsOf(List.of(OfferSubtype.GRADUATE));
        long base = 7_000_000_000L + already * 10_000;
        insertCases(base, perKind, counties, "PROGRAMME", massage.isEmpty() ? "bench-programme" : massage.getFirst(),
                "COMPLETED");
        insertCases(base + 2_000, perKind, counties, "COURSE", "bench-course", "COMPLETED");
        insertCases(base + 4_000, perKind, counties, "LOAN", "bench-loan", "COMPLETED");
        insertCases(base + 6_000, small, counties, "INCUBATION", "bench-zone", "APPROVED");
        insertCases(base + 8_000, small, counties, "PROGRAMME", graduate.isEmpty() ? "bench-graduate" : graduate.getFirst(),
                "APPROVED");
        jdbc.sql("""
                insert into review_outcome (application_id, kind, employed, employer, start_date, employment_kind,
                    recorded_by, recorded_at)
                select application_id, 'EMPLOYMENT', (application_id % 4 <> 0), '某公司', cast(status_since as date),
                    (array['QUOTA','PUBLIC_WELFARE_POST','ASSISTED','SELF_EMPLOYED','CONCENTRATED','FLEXIBLE'])
                        [1 + application_id % 6], 1, status_since
                from review_case where reference like 'B%' and offer_kind = 'PROGRAMME' and status = 'COMPLETED'
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into review_outcome (application_id, kind, enrolled, course_completed, recorded_by, recorded_at)
                select application_id, 'TRAINING', application_id % 5 <> 0, application_id % 3 = 0, 1, status_since
                from review_case where reference like 'B%' and offer_kind = 'COURSE'
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into review_outcome (application_id, kind, amount_yuan, bank, granted_on, recorded_by, recorded_at)
                select application_id, 'LOAN', 10000 + application_id % 40000, '农业银行', cast(status_since as date), 1,
                    status_since
                from review_case where reference like 'B%' and offer_kind = 'LOAN'
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into bankreferrals_referral (application_id, person_id, reference, name, county, amount_asked,
                    purpose, borrower, referred_at)
                select :base + g, g, 'BR' || (:base + g), '测试', (cast(:counties as varchar[]))[1 + g % cardinality(cast(:counties as varchar[]))], 50000,
                    'PLANTING', 'SELF', timestamp with time zone '2023-01-01 08:00+08' + (g % 1400) * interval '1 day'
                from generate_series(1, :n) g""")
                .param("base", 9_900_000_000L + already * 1_000).param("counties", counties).param("n", small)
                .update();
        return factor;
    }

    private void insertCases(long base, long n, String[] counties, String kind, String slug, String status) {
        // Ids are spread so that every kind and round has its own range.
        jdbc.sql("""
                insert into review_case (application_id, reference, person_id, county, offer_slug, offer_kind,
                    offer_title, applicant_name, on_behalf, submitted_at, status, status_since)
                select :base * 1000 + g, 'B' || (:base * 1000 + g), g % 50000, (cast(:counties as varchar[]))[1 + g % cardinality(cast(:counties as varchar[]))],
                    :slug, :kind, '测试项目 ' || :slug, '测试', false,
                    timestamp with time zone '2023-01-01 08:00+08' + (g % 1400) * interval '1 day', :status,
                    timestamp with time zone '2023-01-01 08:00+08' + (g % 1400) * interval '1 day'
                from generate_series(1, :n) g""")
                .param("base", base).param("counties", counties).param("slug", slug).param("kind", kind)
                .param("status", status).param("n", n).update();
    }

    private String measure(int factor) {
        var from = progress.planStart();
        var to = progress.today();
        long cases = jdbc.sql("select count(*) from review_case").query(Long.class).single();
        long outcomeRows = jdbc.sql("select count(*) from review_outcome").query(Long.class).single();
        long referralRows = jdbc.sql("select count(*) from bankreferrals_referral").query(Long.class).single();
        var timings = new LinkedHashMap<String, Supplier<Object>>();
        timings.put("page: ProgressService.page (all queries once)", () -> progress.page(County.CITYWIDE, from, to));
        timings.put("  newJobs", () -> outcomes.newJobs(from, to));
        timings.put("  assistedEmployment", () -> outcomes.assistedEmployment(from, to));
        timings.put("  peopleEmployed (rate numerator)", () -> outcomes.peopleEmployed(from, to));
        timings.put("  trainingParticipants", () -> outcomes.trainingParticipants(from, to));
        timings.put("  trainingCompletions", () -> outcomes.trainingCompletions(from, to));
        timings.put("  loansGranted", () -> outcomes.loansGranted(from, to));
        timings.put("  loanAmountYuan", () -> outcomes.loanAmountYuan(from, to));
        timings.put("  incubationPlacesTaken", () -> outcomes.incubationPlacesTaken(from, to));
        timings.put("  jobsOnOffers (盲人按摩)", () -> outcomes.jobsOnOffers(
                catalogue.slugsOf(List.of(OfferSubtype.MASSAGE_CLINIC)), from, to));
        timings.put("  peopleApprovedFor (一人一策)", () -> outcomes.peopleApprovedFor(
                catalogue.slugsOf(List.of(OfferSubtype.GRADUATE)), from, to));
        timings.put("  newJobsByProgramme", () -> outcomes.newJobsByProgramme(from, to));
        timings.put("  trainingParticipantsByProgramme", () -> outcomes.trainingParticipantsByProgramme(from, to));
        timings.put("  referred (bank)", () -> referrals.referred(from, to));
        timings.put("  trainingBases (catalogue)", () -> catalogue.trainingBases(from, to));
        var text = new StringBuilder("%d× sample: %d review cases, %d outcomes, %d referrals; period %s..%s; median / max of %d runs%n"
                .formatted(factor, cases, outcomeRows, referralRows, from, to, RUNS));
        for (Map.Entry<String, Supplier<Object>> timing : timings.entrySet()) {
            var ms = time(timing.getValue());
            text.append("%-46s %8.2f ms %8.2f ms%n".formatted(timing.getKey(), ms[0], ms[1]));
        }
        return text.toString();
    }

    private static double[] time(Supplier<Object> query) {
        for (int i = 0; i < WARMUP; i++) {
            query.get();
        }
        var runs = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            runs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        return new double[] {runs[RUNS / 2], runs[RUNS - 1]};
    }
}
