package cn.liaocheng.jobs.easyread;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.OfferKind;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded table: every offer kind and every action area of the plan has an easy-read text in both languages. */
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
        assertThat(rows).isEqualTo(OfferKind.values().length + PlanArea.COUNT);
        var topics = java.util.stream.Stream.concat(Arrays.stream(OfferKind.values()).map(Enum::name),
                IntStream.rangeClosed(1, PlanArea.COUNT).mapToObj(EasyReadTopics::area)).toList();
        for (var topic : topics) {
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
