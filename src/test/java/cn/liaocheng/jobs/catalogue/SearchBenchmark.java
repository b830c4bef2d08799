package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keyword search at the sample's size and at many synthetic offers, in the test's own temporary database (a scratch
 * database: nothing else uses it). Prints p50/p95 of the portal's search and, for comparison, of the '%word%' scan it
 * replaced (count + page); asserts nothing, because timings on a shared machine are noise for a test. Run with
 * {@code scripts/bench-search.sh}, never in the suite (the class name is not a test name, and it needs the property).
 */
@SpringBootTest
@ActiveProfiles("sample")
@EnabledIfSystemProperty(named = "portal.bench", matches = "search")
class SearchBenchmark {

    private static final int RUNS = Integer.getInteger("portal.bench.runs", 200);
    private static final int OFFERS = Integer.getInteger("portal.bench.offers", 100_000);
    private static final int OLD_SCAN_RUNS = 5;

    private record Query(String label, OfferFilter filter) {}

    private static final List<Query> QUERIES = List.of(
            new Query("/offers?q=按摩", filter("按摩", null)),
            new Query("/courses?q=农村", filter("农村", OfferKind.COURSE)),
            new Query("/offers?q=盲人 按摩", filter("盲人 按摩", null)),
            new Query("/offers?q=电商&county=莘县", new OfferFilter("电商", County.SHENXIAN, null, null, null, false, false)),
            new Query("/offers?q=火箭 (no match)", filter("火箭", null)));

    @Autowired CatalogueService catalogue;
    @Autowired JdbcClient jdbc;

    private static OfferFilter filter(String keyword, OfferKind kind) {
        return new OfferFilter(keyword, null, kind, null, null, false, false);
    }

    @Test
    void print_search_times_at_the_sample_size_and_at_many_offers() {
        long sample = count();
        var atSample = measureAll();
        long started = System.nanoTime();
        addSyntheticOffers(OFFERS - sample);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        var atScale = measureAll();

        var out = new StringBuilder();
        out.append("\n==== keyword search: %d sample offers, then %d offers (synthetic added in %.1f s) ====%n"
                .formatted(sample, count(), loadSeconds));
        out.append("%-32s %8s %22s %22s %8s%n".formatted("query", "matches", "portal p50/p95 ms (sample)",
                "portal p50/p95 ms (scale)", "ratio"));
        for (int i = 0; i < QUERIES.size(); i++) {
            var s = atSample.get(i);
            var l = atScale.get(i);
            out.append("%-32s %8d %22s %22s %7.1fx%n".formatted(QUERIES.get(i).label(), l.matches(),
                    s.portal(), l.portal(), l.portal().p95() / Math.max(0.01, s.portal().p95())));
        }
        out.append("%nthe '%%word%%' scan it replaced (count + page), p50/p95 ms of %d runs, at scale:%n"
                .formatted(OLD_SCAN_RUNS));
        for (int i = 0; i < QUERIES.size(); i++) {
            out.append("%-32s %22s%n".formatted(QUERIES.get(i).label(), atScale.get(i).oldScan()));
        }
        out.append("%nplan of %s at scale:%n".formatted(QUERIES.getFirst().label()));
        jdbc.sql("explain (analyze, costs off, timing off) select o.id from catalogue_offer o"
                        + " where o.search_grams @> catalogue_word_grams('按摩') and o.search_text ilike '%按摩%'")
                .query(String.class).list().forEach(line -> out.append("  ").append(line).append('\n'));
        out.append("index size: ").append(jdbc.sql(
                "select pg_size_pretty(pg_relation_size('catalogue_offer_search_grams'))").query(String.class).single())
                .append(", table size: ").append(jdbc.sql(
                "select pg_size_pretty(pg_total_relation_size('catalogue_offer'))").query(String.class).single())
                .append('\n');
        System.out.println(out);
    }

    private record Times(double p50, double p95) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f / %.2f", p50, p95);
        }
    }

    private record Measured(long matches, Times portal, Times oldScan) {}

    private List<Measured> measureAll() {
        jdbc.sql("analyze catalogue_offer").update();
        var result = new ArrayList<Measured>();
        for (var query : QUERIES) {
            long matches = catalogue.search(query.filter(), 0, 20).getTotalElements();
            var portal = time(RUNS, () -> catalogue.search(query.filter(), 0, 20).getTotalElements());
            // The old scan takes seconds at scale: a few runs show it.
            var old = time(Math.min(RUNS, OLD_SCAN_RUNS), () -> oldScan(query.filter()));
            result.add(new Measured(matches, portal, old));
        }
        return result;
    }

    private static Times time(int runs, Supplier<Long> search) {
        for (int i = 0; i < Math.min(runs, 10); i++) {
            search.get();
        }
        var millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            search.get();
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return new Times(millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1]);
    }

    /** What OfferSearch did before V0250: a count and a page, each scanning every offer's text with ILIKE. */
    private long oldScan(OfferFilter filter) {
        var where = new StringBuilder(" where true");
        var words = filter.words();
        for (int i = 0; i < words.size(); i++) {
            where.append(" and concat_ws(' ', o.title_zh, o.title_en, o.summary_zh, o.summary_en, o.provider_zh,"
                    + " o.provider_en, o.township_zh, o.township_en, o.details_zh, o.details_en) ilike :w").append(i);
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = '").append(filter.kind().name()).append('\'');
        }
        if (filter.county() != null) {
            where.append(" and o.county = '").append(filter.county().name()).append('\'');
        }
        var count = jdbc.sql("select count(*) from catalogue_offer o" + where);
        var page = jdbc.sql("select o.slug from catalogue_offer o" + where + " order by o.title_zh, o.id limit 20");
        for (int i = 0; i < words.size(); i++) {
            count = count.param("w" + i, "%" + words.get(i) + "%");
            page = page.param("w" + i, "%" + words.get(i) + "%");
        }
        page.query(String.class).list();
        return count.query(Long.class).single();
    }

    private long sampleCount() {
        return jdbc.sql("select count(*) from catalogue_offer where sample").query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from catalogue_offer").query(Long.class).single();
    }

    /** Copies of the sample offers with their own slug and a numbered title, as plain SQL inserts (like an import). */
    private void addSyntheticOffers(long n) {
        // In steps, so that no statement runs into the pool's 30 s socket timeout on a slow machine.
        long added = 0;
        for (int step = 1; added < n; step++) {
            long batch = Math.min(1_000, n - added);
            addCopies(batch, step * 1_000_000L);
            added += batch;
        }
    }

    private void addCopies(long n, long firstNumber) {
        var columns = jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_name = 'catalogue_offer' and is_generated = 'NEVER' and identity_generation is null
                          and column_name not in ('slug', 'title_zh', 'sample')
                        order by ordinal_position
                        """).query(String.class).list();
        var list = String.join(", ", columns);
        jdbc.sql("""
                insert into catalogue_offer (slug, title_zh, sample, %1$s)
                select o.slug || '-s' || (:first + g), o.title_zh || ' 第' || (:first + g) || '期', false, %2$s
                from catalogue_offer o cross join generate_series(1, :copies) g
                where o.sample
                order by g, o.id
                limit :n
                """.formatted(list, columns.stream().map(c -> "o." + c).reduce((a, b) -> a + ", " + b).orElseThrow()))
                .param("first", firstNumber)
                .param("copies", n / Math.max(1, sampleCount()) + 1)
                .param("n", n)
                .update();
    }
}
