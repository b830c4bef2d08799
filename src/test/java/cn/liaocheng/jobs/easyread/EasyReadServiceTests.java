package cn.liaocheng.jobs.easyread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Editing an easy-read text: who may, what must be fixed, two editors at once, and the audit row. */
@SpringBootTest
class EasyReadServiceTests {

    /** A topic no other test reads word for word; put back after each test. */
    private static final String TOPIC = "area-3";

    @Autowired EasyReadService easyRead;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    /** An action area no other test reads word for word; put back after each test. */
    private static final int AREA = 9;

    private EasyReadEdit original;
    private PlanAreaEdit originalArea;

    @BeforeEach
    void remember() {
        original = EasyReadEdit.of(easyRead.find(TOPIC).orElseThrow());
        originalArea = PlanAreaEdit.of(easyRead.area(AREA).orElseThrow());
    }

    @AfterEach
    void restore() {
        jdbc.sql("update easyread_text set heading_zh = :hz, heading_en = :he, lines_zh = :lz, lines_en = :le,"
                        + " words_zh = :wz, words_en = :we where topic = :topic")
                .param("hz", original.headingZh()).param("he", original.headingEn())
                .param("lz", original.linesZh()).param("le", original.linesEn())
                .param("wz", original.wordsZh()).param("we", original.wordsEn()).param("topic", TOPIC).update();
        jdbc.sql("update easyread_plan_area set title_zh = :tz, title_en = :te, summary_zh = :sz, summary_en = :se,"
                        + " lead_zh = :lz, lead_en = :le where number = :number")
                .param("tz", originalArea.titleZh()).param("te", originalArea.titleEn())
                .param("sz", originalArea.summaryZh()).param("se", originalArea.summaryEn())
                .param("lz", originalArea.leadZh()).param("le", originalArea.leadEn()).param("number", AREA).update();
        TestAccounts.signOut();
    }

    private PortalUser city() {
        var admin = accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        TestAccounts.signIn(admin);
        return admin;
    }

    private EasyReadEdit withChineseLines(String lines) {
        return new EasyReadEdit(original.headingZh(), original.headingEn(), lines, original.linesEn(),
                original.wordsZh(), original.wordsEn());
    }

    private List<Map<String, Object>> auditOf(PortalUser actor) {
        return jdbc.sql("select action, detail from audit_entry where actor_account_id = ? order by id")
                .param(actor.accountId()).query().listOfRows();
    }

    @Test
    void a_city_administrator_changes_a_text_the_public_sees_it_and_the_audit_names_the_part_not_the_words() {
        var admin = city();
        int version = easyRead.find(TOPIC).orElseThrow().version();
        var lines = original.linesZh().replace("私人公司也招残疾人。", "私人公司也会招残疾人。");
        assertThat(easyRead.update(TOPIC, version, withChineseLines(lines))).isEqualTo(new EasyReadOutcome.Saved(version + 1));

        TestAccounts.signOut();
        var shown = easyRead.find(TOPIC).orElseThrow();
        assertThat(shown.zh().ideas()).extracting(EasyReadText.Idea::sentence).contains("私人公司也会招残疾人。");
        assertThat(shown.zh().ideas().get(1).icon()).isEqualTo(EasyReadIcon.BUILDING);
        assertThat(auditOf(admin)).extracting(r -> r.get("action")).containsExactly("EASY_READ_CHANGED");
        assertThat(auditOf(admin).getFirst().get("detail")).isEqualTo("easy read area-3: lines.zh");
    }

    @Test
    void a_second_save_from_a_form_opened_before_the_first_is_a_conflict_and_stores_nothing() {
        city();
        int opened = easyRead.find(TOPIC).orElseThrow().version();
        var first = withChineseLines(original.linesZh().replace("想找工作，问县残联。", "想找工作，问乡镇残联。"));
        assertThat(easyRead.update(TOPIC, opened, first)).isInstanceOf(EasyReadOutcome.Saved.class);
        var second = withChineseLines(original.linesZh().replace("想找工作，问县残联。", "想找工作，打电话。"));
        assertThat(easyRead.update(TOPIC, opened, second)).isEqualTo(new EasyReadOutcome.Conflict());
        assertThat(easyRead.find(TOPIC).orElseThrow().zh().ideas()).extracting(EasyReadText.Idea::sentence)
                .contains("想找工作，问乡镇残联。").doesNotContain("想找工作，打电话。");
    }

    @Test
    void an_unknown_picture_a_long_sentence_and_unmatched_lines_are_problems_at_their_lines() {
        city();
        int version = easyRead.find(TOPIC).orElseThrow().version();
        var outcome = easyRead.update(TOPIC, version, new EasyReadEdit("", original.headingEn(),
                "rocket|去火箭厂上班。\nwork|" + "很".repeat(31), original.linesEn(), "没有竖线的词", ""));
        assertThat(outcome).isEqualTo(new EasyReadOutcome.Invalid(List.of(
                new EasyReadProblem("heading.zh", "easyread.edit.error.heading.missing", 0),
                new EasyReadProblem("lines.zh", "easyread.edit.error.lines.icon", 1),
                new EasyReadProblem("lines.zh", "easyread.edit.error.lines.long", 2),
                new EasyReadProblem("words.zh", "easyread.edit.error.words.format", 1))));

        var fewer = withChineseLines("work|只有一行。");
        assertThat(easyRead.update(TOPIC, version, fewer)).isEqualTo(new EasyReadOutcome.Invalid(List.of(
                new EasyReadProblem("lines.en", "easyread.edit.error.lines.match", 0))));
        assertThat(easyRead.find(TOPIC).orElseThrow().version()).as("nothing stored").isEqualTo(version);
    }

    @Test
    void saving_an_untouched_text_stores_no_new_version_and_no_audit_row() {
        var admin = city();
        int version = easyRead.find(TOPIC).orElseThrow().version();
        assertThat(easyRead.update(TOPIC, version, original)).isEqualTo(new EasyReadOutcome.Saved(version));
        assertThat(auditOf(admin)).isEmpty();
    }

    @Test
    void county_administrators_and_caseworkers_may_not_edit_easy_read_texts() {
        TestAccounts.signIn(accounts.countyAdministrator("莘县 主任", County.SHENXIAN));
        assertThatThrownBy(() -> easyRead.update(TOPIC, 0, original)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> easyRead.all()).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.caseworker("莘县 办事员", County.SHENXIAN));
        assertThatThrownBy(() -> easyRead.update(TOPIC, 0, original)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_topic_that_does_not_exist_is_not_found() {
        assertThat(easyRead.find("area-12")).isEmpty();
        assertThat(easyRead.find("'; drop table x")).isEmpty();
    }

    private PlanAreaEdit withSummary(String zh, String en) {
        return new PlanAreaEdit(originalArea.titleZh(), originalArea.titleEn(), zh, en, originalArea.leadZh(),
                originalArea.leadEn());
    }

    @Test
    void a_city_administrator_corrects_an_action_areas_summary_the_public_sees_it_and_the_audit_names_the_part() {
        var admin = city();
        int version = easyRead.area(AREA).orElseThrow().version();
        var corrected = withSummary(originalArea.summaryZh().replace("绿色通道", "“绿色通道”"), originalArea.summaryEn());
        assertThat(easyRead.updateArea(AREA, version, corrected)).isEqualTo(new EasyReadOutcome.Saved(version + 1));

        TestAccounts.signOut();
        var shown = easyRead.area(AREA).orElseThrow();
        assertThat(shown.summary().zh()).contains("“绿色通道”");
        assertThat(shown.version()).isEqualTo(version + 1);
        assertThat(shown.relatedLists()).as("the related lists stay reference data").containsExactly("incubation", "loans", "programmes");
        assertThat(auditOf(admin)).extracting(r -> r.get("action")).containsExactly("EASY_READ_CHANGED");
        assertThat(auditOf(admin).getFirst().get("detail")).isEqualTo("plan area 9: summary.zh");
    }

    @Test
    void an_area_saved_from_a_stale_form_is_a_conflict_an_empty_or_long_part_a_problem_and_nothing_is_stored() {
        var admin = city();
        int opened = easyRead.area(AREA).orElseThrow().version();
        assertThat(easyRead.updateArea(AREA, opened, withSummary("", "x".repeat(1201)))).isEqualTo(
                new EasyReadOutcome.Invalid(List.of(
                        new EasyReadProblem("summary.zh", "easyread.area.error.summary.missing", 0),
                        new EasyReadProblem("summary.en", "easyread.area.error.summary.long", 0))));
        assertThat(easyRead.updateArea(AREA, opened, new PlanAreaEdit(" ", originalArea.titleEn(),
                originalArea.summaryZh(), originalArea.summaryEn(), "部".repeat(301), ""))).isEqualTo(
                new EasyReadOutcome.Invalid(List.of(
                        new EasyReadProblem("title.zh", "easyread.area.error.title.missing", 0),
                        new EasyReadProblem("lead.zh", "easyread.area.error.lead.long", 0),
                        new EasyReadProblem("lead.en", "easyread.area.error.lead.missing", 0))));
        assertThat(easyRead.updateArea(AREA, opened, originalArea)).as("untouched").isEqualTo(new EasyReadOutcome.Saved(opened));
        assertThat(auditOf(admin)).as("nothing changed, nothing audited").isEmpty();

        var first = withSummary(originalArea.summaryZh() + "一", originalArea.summaryEn());
        assertThat(easyRead.updateArea(AREA, opened, first)).isInstanceOf(EasyReadOutcome.Saved.class);
        var second = withSummary(originalArea.summaryZh() + "二", originalArea.summaryEn());
        assertThat(easyRead.updateArea(AREA, opened, second)).isEqualTo(new EasyReadOutcome.Conflict());
        assertThat(easyRead.area(AREA).orElseThrow().summary().zh()).endsWith("一");
    }

    @Test
    void county_administrators_and_caseworkers_may_not_edit_an_action_area() {
        TestAccounts.signIn(accounts.countyAdministrator("莘县 主任", County.SHENXIAN));
        assertThatThrownBy(() -> easyRead.updateArea(AREA, 0, originalArea)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signIn(accounts.caseworker("莘县 办事员", County.SHENXIAN));
        assertThatThrownBy(() -> easyRead.updateArea(AREA, 0, originalArea)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.signOut();
        assertThatThrownBy(() -> easyRead.updateArea(AREA, 0, originalArea)).isInstanceOfAny(AccessDeniedException.class,
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
