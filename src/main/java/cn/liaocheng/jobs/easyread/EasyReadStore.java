package cn.liaocheng.jobs.easyread;

import cn.liaocheng.jobs.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The easy-read texts and the plan's action areas, in {@code easyread_text} and {@code easyread_plan_area}. */
@Repository
class EasyReadStore {

    private static final String COLUMNS = "topic, version, heading_zh, heading_en, lines_zh, lines_en, words_zh, words_en";

    private final JdbcClient jdbc;

    EasyReadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EasyReadText> find(String topic) {
        return jdbc.sql("select " + COLUMNS + " from easyread_text where topic = :topic")
                .param("topic", topic).query(EasyReadStore::text).optional();
    }

    /** All offers first, then the offer kinds, then the areas in the plan's order. */
    List<EasyReadText> all() {
        return jdbc.sql("select " + COLUMNS + " from easyread_text order by topic <> 'OFFERS', topic like 'area-%',"
                        + " case when topic like 'area-%' then cast(substring(topic from 6) as integer) end, topic")
                .query(EasyReadStore::text).list();
    }

    /** The row's version, locked until the transaction ends, so that two saves cannot both pass the check. */
    Optional<Integer> lock(String topic) {
        return jdbc.sql("select version from easyread_text where topic = :topic for update")
                .param("topic", topic).query(Integer.class).optional();
    }

    int update(String topic, int version, EasyReadEdit edit, Instant now) {
        jdbc.sql("""
                        update easyread_text set heading_zh = :hz, heading_en = :he, lines_zh = :lz, lines_en = :le,
                               words_zh = :wz, words_en = :we, version = version + 1, updated_at = :now
                        where topic = :topic and version = :version
                        """)
                .param("hz", edit.headingZh()).param("he", edit.headingEn())
                .param("lz", edit.linesZh()).param("le", edit.linesEn())
                .param("wz", edit.wordsZh()).param("we", edit.wordsEn())
                .param("now", Timestamp.from(now)).param("topic", topic).param("version", version)
                .update();
        return version + 1;
    }

    List<PlanArea> areas() {
        return jdbc.sql("select * from easyread_plan_area order by number").query(EasyReadStore::area).list();
    }

    Optional<PlanArea> area(int number) {
        return jdbc.sql("select * from easyread_plan_area where number = :number")
                .param("number", number).query(EasyReadStore::area).optional();
    }

    /** The area's version, locked until the transaction ends, as {@link #lock(String)} does for a text. */
    Optional<Integer> lockArea(int number) {
        return jdbc.sql("select version from easyread_plan_area where number = :number for update")
                .param("number", number).query(Integer.class).optional();
    }

    int updateArea(int number, int version, PlanAreaEdit edit, Instant now) {
        jdbc.sql("""
                        update easyread_plan_area set title_zh = :tz, title_en = :te, summary_zh = :sz, summary_en = :se,
                               lead_zh = :lz, lead_en = :le, version = version + 1, updated_at = :now
                        where number = :number and version = :version
                        """)
                .param("tz", edit.titleZh()).param("te", edit.titleEn())
                .param("sz", edit.summaryZh()).param("se", edit.summaryEn())
                .param("lz", edit.leadZh()).param("le", edit.leadEn())
                .param("now", Timestamp.from(now)).param("number", number).param("version", version)
                .update();
        return version + 1;
    }

    private static EasyReadText text(ResultSet rs, int row) throws SQLException {
        return new EasyReadText(rs.getString("topic"), rs.getInt("version"),
                new EasyReadText.Version(rs.getString("heading_zh"), EasyReadFormat.parseIdeas(rs.getString("lines_zh")),
                        EasyReadFormat.parseWords(rs.getString("words_zh"))),
                new EasyReadText.Version(rs.getString("heading_en"), EasyReadFormat.parseIdeas(rs.getString("lines_en")),
                        EasyReadFormat.parseWords(rs.getString("words_en"))));
    }

    private static PlanArea area(ResultSet rs, int row) throws SQLException {
        return new PlanArea(rs.getInt("number"), rs.getInt("version"), new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                new LocalizedText(rs.getString("summary_zh"), rs.getString("summary_en")),
                new LocalizedText(rs.getString("lead_zh"), rs.getString("lead_en")),
                Arrays.stream(rs.getString("related_lists").split(",")).map(String::strip).toList());
    }
}
