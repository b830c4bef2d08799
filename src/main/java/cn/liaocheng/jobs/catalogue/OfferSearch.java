package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalogue search: one page of results at a time, straight from the database. Every value a
 * person typed travels as a bind parameter; LIKE wildcards in it are escaped so that "%" finds a "%".
 */
@Repository
class OfferSearch {

    private static final String OPEN_NOW = "((o.applications_open_from is null or o.applications_open_from <= :today)"
            + " and (o.applications_close_on is null or o.applications_close_on >= :today))";
    /**
     * A word is in title, summary, provider, place or details: the GIN index on the offer's one- and two-character
     * pieces finds the offers that have every piece of the word (migration V0250). For a word of one or two characters
     * that is the answer; a longer word's pieces may be there apart (按时摩擦 for 按摩擦), so the substring test on the
     * offer's lower-case text keeps the exact matches.
     */
    private static final String HAS_PIECES = "o.search_grams @> catalogue_word_grams(:word%1$d)";
    private static final String HAS_WORD = HAS_PIECES + " and o.search_text ilike :pattern%1$d escape '\\'";

    private static final String PUBLISHED = "o.status = 'PUBLISHED'";

    private final JdbcClient jdbc;

    OfferSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<OfferSummary> search(OfferFilter filter, LocalDate today, Pageable pageable) {
        var conditions = new ArrayList<String>();
        // Drafts, unpublished and closed offers are not for the public lists (decision 0018).
        conditions.add(PUBLISHED);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("today", today);
        if (filter.kind() != null) {
            conditions.add("o.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.subtype() != null) {
            conditions.add("o.subtype = :subtype");
            parameters.put("subtype", filter.subtype().name());
        }
        if (filter.county() != null) {
            conditions.add("o.county = :county");
            parameters.put("county", filter.county().name());
        }
        if (filter.category() != null) {
            conditions.add("exists (select 1 from catalogue_offer_suitability s"
                    + " where s.offer_id = o.id and s.category = :category)");
            parameters.put("category", filter.category().name());
        }
        if (filter.ruralOnly()) {
            conditions.add("o.suits_rural");
        }
        if (filter.openNow()) {
            conditions.add(OPEN_NOW);
        }
        var words = filter.words();
        for (int i = 0; i < words.size(); i++) {
            var word = words.get(i);
            parameters.put("word" + i, word);
            if (word.codePointCount(0, word.length()) <= 2) {
                conditions.add(HAS_PIECES.formatted(i));
            } else {
                conditions.add(HAS_WORD.formatted(i));
                parameters.put("pattern" + i, "%" + escapeLike(word) + "%");
            }
        }
        var where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);

        parameters.put("limit", pageable.getPageSize());
        parameters.put("offset", pageable.getOffset());
        // One query: the page and, in every row, the number of all matches. The matches are counted and ordered on
        // their sort keys alone; only the page's rows are then read whole (a broad word matches thousands of offers,
        // and carrying every match's summaries through the count cost more than finding them).
        var rows = jdbc.sql("""
                        with page as (
                            select o.id, %s as open_now, o.applications_close_on, o.title_zh, count(*) over () as total
                            from catalogue_offer o %s
                            order by open_now desc, o.applications_close_on asc nulls last, o.title_zh, o.id
                            limit :limit offset :offset)
                        select o.slug, o.kind, o.subtype, o.county, o.township_zh, o.township_en, o.title_zh, o.title_en,
                               o.summary_zh, o.summary_en, o.provider_zh, o.provider_en, o.seats_total, o.seats_left,
                               o.starts_on, o.applications_open_from, o.applications_close_on, o.sample, page.open_now,
                               page.total
                        from page join catalogue_offer o on o.id = page.id
                        order by page.open_now desc, page.applications_close_on asc nulls last, page.title_zh, page.id
                        """.formatted(OPEN_NOW, where))
                .params(parameters)
                .query((rs, row) -> new Row(summary(rs, row), rs.getLong("total")))
                .list();
        if (rows.isEmpty()) {
            // Nothing matched, or a page past the last one (an old link): only then is a separate count needed.
            long total = pageable.getOffset() == 0 ? 0 : jdbc.sql("select count(*) from catalogue_offer o" + where)
                    .params(parameters).query(Long.class).single();
            return total == 0 ? Page.empty(pageable) : new PageImpl<>(List.of(), pageable, total);
        }
        return new PageImpl<>(rows.stream().map(Row::summary).toList(), pageable, rows.getFirst().total());
    }

    private record Row(OfferSummary summary, long total) {}

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static OfferSummary summary(ResultSet rs, int row) throws SQLException {
        return new OfferSummary(
                rs.getString("slug"),
                OfferKind.valueOf(rs.getString("kind")),
                OfferSubtype.valueOf(rs.getString("subtype")),
                County.valueOf(rs.getString("county")),
                text(rs, "township"),
                requiredText(rs, "title"),
                requiredText(rs, "summary"),
                requiredText(rs, "provider"),
                rs.getObject("seats_total", Integer.class),
                rs.getObject("seats_left", Integer.class),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("applications_open_from", LocalDate.class),
                rs.getObject("applications_close_on", LocalDate.class),
                rs.getBoolean("open_now"),
                rs.getBoolean("sample"));
    }

    private static @Nullable LocalizedText text(ResultSet rs, String column) throws SQLException {
        var zh = rs.getString(column + "_zh");
        return zh == null ? null : new LocalizedText(zh, rs.getString(column + "_en"));
    }

    private static LocalizedText requiredText(ResultSet rs, String column) throws SQLException {
        return new LocalizedText(rs.getString(column + "_zh"), rs.getString(column + "_en"));
    }

    /** How many published offers of each kind there are, for the home page. */
    Map<OfferKind, Long> countByKind() {
        return jdbc.sql("select kind, count(*) as n from catalogue_offer o where " + PUBLISHED + " group by kind")
                .query((rs, row) -> Map.entry(OfferKind.valueOf(rs.getString("kind")), rs.getLong("n")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
