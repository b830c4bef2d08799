package cn.liaocheng.jobs.easyread;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.OfferKind;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seeded table: the list of all offers, every offer kind and every action area of the plan has an easy-read text in
 * both languages.
 */
@SpringBootTest
class EasyReadTextsTests {

    @Autowired EasyReadService easyRead;
    @Autowired JdbcClient jdbc;

    private EasyReadText text(String topic) {
        return easyRead.find(topic).orElseThrow(() -> new AssertionError("no easy-read text for " + topic));
    }

    @Test
    void every_offer_kind_has_an_easy_read_text_in_chinese_and_english_with_one_picture_per_line() {
        for (var kind : OfferKind.values()) {
            var text = text(kind.name());
            assertThat(text.zh().heading()).as(kind + " zh heading").contains("易读版");
            assertThat(text.en().heading()).as(kind + " en heading").contains("easy read").doesNotContainPattern("\\p{IsHan}");
            assertThat(text.zh().ideas()).as(kind + " zh lines").hasSizeBetween(4, 10);
            assertThat(text.en().ideas()).as(kind + " lines match").hasSameSizeAs(text.zh().ideas());
            assertThat(text.zh().words()).as(kind + " key words").isNotEmpty().hasSameSizeAs(text.en().words());
        }
    }

    @Test
    void the_list_of_all_offers_has_an_easy_read_text_naming_every_kind_in_both_languages() {
        var text = text(EasyReadTopics.ALL_OFFERS);
        assertThat(text.zh().heading()).contains("易读版");
        assertThat(text.en().heading()).contains("easy read");
        assertThat(text.en().ideas()).hasSameSizeAs(text.zh().ideas());
        var zh = String.join("\n", text.zh().ideas().stream().map(EasyReadText.Idea::sentence).toList());
        assertThat(zh).contains("培训课程", "创业孵化", "贷款", "就业岗位与项目");
        var en = String.join("\n", text.en().ideas().stream().map(EasyReadText.Idea::sentence).toList());
        assertThat(en).contains("Training courses", "Start-up incubation", "Loans", "Jobs and programmes")
                .doesNotContainPattern("\\p{IsHan}");
    }

    /**
     * Every page that has a 易读版 switch finds a text with a heading and at least one line in each language: one
     * missing (a new offer kind, a deleted row, an empty language) fails here, naming it.
     */
    @Test
    void no_topic_with_a_switch_is_without_its_text_in_either_language() {
        for (var topic : topics()) {
            var text = text(topic);
            for (var version : java.util.List.of(text.zh(), text.en())) {
                assertThat(version.heading()).as(topic + " heading").isNotBlank();
                assertThat(version.ideas()).as(topic + " lines").isNotEmpty()
                        .allSatisfy(idea -> assertThat(idea.sentence()).as(topic).isNotBlank());
            }
            assertThat(text.en().ideas()).as(topic + " English is not the Chinese copied")
                    .noneSatisfy(idea -> assertThat(idea.sentence()).containsPattern("^\\p{IsHan}"));
        }
    }

    private static java.util.List<String> topics() {
        return java.util.stream.Stream.of(java.util.stream.Stream.of(EasyReadTopics.ALL_OFFERS),
                Arrays.stream(OfferKind.values()).map(Enum::name),
                IntStream.rangeClosed(1, PlanArea.COUNT).mapToObj(EasyReadTopics::area)).flatMap(t -> t).toList();
    }

    @Test
    void every_action_area_of_the_plan_has_an_easy_read_text_naming_its_lead_departments_in_both_languages() {
        assertThat(easyRead.areas()).extracting(PlanArea::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, PlanArea.COUNT).boxed().toList());
        for (var area : easyRead.areas()) {
            var text = text(area.topic());
            assertThat(text.zh().ideas()).as(area.number() + " zh").hasSizeBetween(4, 10);
            assertThat(text.en().ideas()).as(area.number() + " en").hasSameSizeAs(text.zh().ideas());
            assertThat(text.zh().ideas().getLast().sentence()).as(area.number() + " says who leads").startsWith("牵头单位：");
            assertThat(text.en().ideas().getLast().sentence()).startsWith("Lead department");
            assertThat(area.leadDepartments().zh()).isNotBlank();
            assertThat(area.leadDepartments().en()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            assertThat(area.relatedLists()).as(area.number() + " links to catalogue lists").isNotEmpty()
                    .allSatisfy(list -> assertThat(OfferKind.fromPath(list)).as(list).isPresent());
        }
    }

    @Test
    void the_plan_areas_titles_are_the_plans_own_headings_in_order() {
        // From "二、主要措施": (六)实施农村残疾人就业帮扶行动, (十一)实施金融助残服务行动.
        assertThat(easyRead.area(6).orElseThrow().title().zh()).isEqualTo("农村残疾人就业帮扶");
        assertThat(easyRead.area(11).orElseThrow().title().zh()).isEqualTo("金融助残服务");
        assertThat(easyRead.area(6).orElseThrow().leadDepartments().zh()).isEqualTo("市残联、市农业农村局");
        assertThat(easyRead.area(12)).isEmpty();
    }

    @Test
    void every_seeded_text_passes_the_checks_an_editor_gets_so_it_can_be_saved_unchanged() {
        long rows = jdbc.sql("select count(*) from easyread_text").query(Long.class).single();
        assertThat(rows).isEqualTo(1 + OfferKind.values().length + PlanArea.COUNT);
        for (var topic : topics()) {
            assertThat(EasyReadFormat.problems(EasyReadEdit.of(text(topic)))).as(topic).isEmpty();
        }
    }

    @Test
    void key_words_the_issue_names_are_explained() {
        assertThat(text("COURSE").zh().words()).extracting(EasyReadText.KeyWord::word).contains("残疾人证");
        assertThat(text("LOAN").zh().words()).extracting(EasyReadText.KeyWord::word).contains("创业担保贷款");
        assertThat(text("area-1").zh().words()).extracting(EasyReadText.KeyWord::word).contains("牵头单位");
    }
}
