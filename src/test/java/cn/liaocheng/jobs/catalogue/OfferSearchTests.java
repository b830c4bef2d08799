package cn.liaocheng.jobs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The search on a real PostgreSQL, as the portal runs it. */
@SpringBootTest
class OfferSearchTests {

    @Autowired CatalogueService catalogue;
    @Autowired TestOffers offers;
    @Autowired JdbcClient jdbc;

    private final String token = TestOffers.uniqueToken();

    private java.util.List<String> titles(OfferFilter filter) {
        return catalogue.search(filter, 0, 50).map(o -> o.title().zh()).getContent();
    }

    private OfferFilter keyword(String keyword) {
        return new OfferFilter(keyword, null, null, null, null, false, false);
    }

    @Test
    void agricultural_training_in_shenxian_is_found_by_kind_county_and_rural_filters() {
        offers.offer(token + " 大棚蔬菜").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN).rural().save();
        offers.offer(token + " 冠县果树").subtype(OfferSubtype.AGRICULTURAL).county(County.GUANXIAN).rural().save();
        offers.offer(token + " 莘县贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).county(County.SHENXIAN).rural().save();
        offers.offer(token + " 莘县电脑").county(County.SHENXIAN).save();

        var filter = new OfferFilter(token, County.SHENXIAN, OfferKind.COURSE, null, null, true, false);

        assertThat(titles(filter)).containsExactly(token + " 大棚蔬菜");
    }

    @Test
    void the_course_type_tells_agricultural_training_from_a_car_wash_class_in_the_same_county() {
        offers.offer(token + " 大棚蔬菜").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN).rural().save();
        offers.offer(token + " 洗车").subtype(OfferSubtype.VOCATIONAL).county(County.SHENXIAN).rural().save();

        var filter = new OfferFilter(token, County.SHENXIAN, OfferKind.COURSE, OfferSubtype.AGRICULTURAL, null, true,
                false);

        assertThat(titles(filter)).containsExactly(token + " 大棚蔬菜");
    }

    @Test
    void the_disability_category_filter_finds_offers_suitable_for_that_category() {
        offers.offer(token + " 按摩").suits(DisabilityCategory.VISUAL).save();
        offers.offer(token + " 电商").suits(DisabilityCategory.PHYSICAL, DisabilityCategory.HEARING).save();

        var filter = new OfferFilter(token, null, null, null, DisabilityCategory.HEARING, false, false);

        assertThat(titles(filter)).containsExactly(token + " 电商");
    }

    @Test
    void open_now_leaves_out_closed_and_upcoming_offers_but_keeps_rolling_ones() {
        offers.offer(token + " 开放").save();
        offers.offer(token + " 随时").rolling().save();
        offers.offer(token + " 截止").closed().save();
        offers.offer(token + " 未开始").upcoming().save();

        assertThat(titles(new OfferFilter(token, null, null, null, null, false, true)))
                .containsExactlyInAnyOrder(token + " 开放", token + " 随时");
        assertThat(titles(keyword(token))).hasSize(4);
    }

    @Test
    void offers_open_now_come_before_closed_ones() {
        offers.offer(token + " 截止").closed().save();
        offers.offer(token + " 开放").save();

        assertThat(titles(keyword(token))).containsExactly(token + " 开放", token + " 截止");
    }

    @Test
    void every_word_of_the_keyword_must_match_in_chinese_or_english() {
        offers.offer(token + " 大棚蔬菜种植").summary("学习温室管理").save();
        offers.offer(token + " 蘑菇种植").save();

        assertThat(titles(keyword(token + "　种植 温室"))).containsExactly(token + " 大棚蔬菜种植");
        assertThat(titles(keyword(token + " (en)"))).hasSize(2);
    }

    @Test
    void wildcards_quotes_and_sql_in_the_keyword_are_searched_for_literally() {
        offers.offer(token + " 100%_免费").save();
        offers.offer(token + " 普通").save();

        assertThat(titles(keyword(token + " %"))).containsExactly(token + " 100%_免费");
        assertThat(titles(keyword(token + " _"))).containsExactly(token + " 100%_免费");
        assertThat(titles(keyword(token + " \\"))).isEmpty();
        assertThat(titles(keyword(token + " ' or 1=1; drop table catalogue_offer; --"))).isEmpty();
        assertThat(titles(keyword(token + " \"😀\""))).isEmpty();
        assertThat(titles(keyword(token))).hasSize(2);
    }

    @Test
    void two_character_chinese_words_are_found_anywhere_in_the_text_and_only_as_written() {
        offers.offer(token + " 盲人按摩师培训").save();
        offers.offer(token + " 按时摩擦").summary("按和摩都在，但不相邻").save();
        offers.offer(token + " 农家乐").township("农村社区").save();

        assertThat(titles(keyword(token + " 按摩"))).containsExactly(token + " 盲人按摩师培训");
        assertThat(titles(keyword(token + " 摩师"))).containsExactly(token + " 盲人按摩师培训");
        assertThat(titles(keyword(token + " 农村"))).as("found in the township").containsExactly(token + " 农家乐");
        assertThat(titles(keyword(token + " 摩"))).as("one character").hasSize(2);
        assertThat(titles(keyword(token + " 按摩擦"))).isEmpty();
    }

    @Test
    void mixed_chinese_and_latin_words_match_in_either_case() {
        offers.offer(token + " AI客服培训").save();
        offers.offer(token + " 电商直播").summary("用 Excel 记账").save();

        assertThat(titles(keyword(token + " ai客服"))).containsExactly(token + " AI客服培训");
        assertThat(titles(keyword(token + " EXCEL"))).containsExactly(token + " 电商直播");
        assertThat(titles(keyword(token + " cel"))).containsExactly(token + " 电商直播");
        assertThat(titles(keyword(token + " 直播Excel"))).isEmpty();
    }

    @Test
    void punctuation_is_searched_for_as_typed() {
        offers.offer(token + " 家政服务（初级）").summary("费用：免费，含午餐。").save();
        offers.offer(token + " 家政服务").save();

        assertThat(titles(keyword(token + " （初级）"))).containsExactly(token + " 家政服务（初级）");
        assertThat(titles(keyword(token + " 免费，"))).containsExactly(token + " 家政服务（初级）");
        assertThat(titles(keyword(token + " ："))).containsExactly(token + " 家政服务（初级）");
        assertThat(titles(keyword(token + " 。。"))).isEmpty();
    }

    @Test
    void an_offer_that_arrives_by_plain_sql_is_searchable_at_once() {
        var saved = offers.offer(token + " 原来的名称").save();
        jdbc.sql("update catalogue_offer set title_zh = :title, title_en = null, details_zh = :title where slug = :slug")
                .param("title", token + " 导入的草编工艺").param("slug", saved.slug()).update();

        assertThat(titles(keyword(token + " 草编"))).containsExactly(token + " 导入的草编工艺");
        assertThat(titles(keyword(token + " 原来"))).isEmpty();
    }

    @Test
    void a_page_past_the_last_still_knows_the_total() {
        for (int i = 0; i < 3; i++) {
            offers.offer(token + " 课程" + i).save();
        }

        var beyond = catalogue.search(keyword(token), 5, 5);

        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(3);
    }

    @Test
    void a_megabyte_of_text_is_searched_without_error() {
        offers.offer(token + " 普通").save();

        var page = catalogue.search(keyword(token + " " + "蔬".repeat(1_000_000)), 0, 10);

        assertThat(page.getTotalElements()).isZero();
    }

    @Test
    void results_come_one_page_at_a_time_with_the_total() {
        for (int i = 0; i < 12; i++) {
            offers.offer(token + " 课程" + i).save();
        }

        var first = catalogue.search(keyword(token), 0, 5);
        var last = catalogue.search(keyword(token), 2, 5);

        assertThat(first.getContent()).hasSize(5);
        assertThat(first.getTotalElements()).isEqualTo(12);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(last.getContent()).hasSize(2);
    }

    @Test
    void pages_keep_the_order_open_first_then_closing_soonest_then_by_title() {
        offers.offer(token + " 丁 截止").closed().save();
        offers.offer(token + " 丙 长期").rolling().save();
        offers.offer(token + " 乙 开放").save();
        offers.offer(token + " 甲 开放").save();
        offers.offer(token + " 戊 即将").upcoming().save();

        var pages = new java.util.ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            catalogue.search(keyword(token), page, 2).forEach(o -> pages.add(o.title().zh()));
        }

        // Open now, closing in 30 days (by title), open with no closing day; then closed (30 days ago), upcoming.
        assertThat(pages).containsExactly(token + " 乙 开放", token + " 甲 开放", token + " 丙 长期",
                token + " 丁 截止", token + " 戊 即将");
        assertThat(pages).isEqualTo(titles(keyword(token)));
    }

    @Test
    void an_offer_is_read_back_whole_by_its_slug() {
        var saved = offers.offer(token + " 详情").township("燕店镇").suits(DisabilityCategory.VISUAL, DisabilityCategory.MULTIPLE)
                .features(AccessibilityFeature.SIGN_LANGUAGE, AccessibilityFeature.ONLINE).loanUpTo(300_000).save();

        var read = catalogue.findBySlug(saved.slug()).orElseThrow();

        assertThat(read).isEqualTo(saved);
        assertThat(read.suitableFor()).extracting(Offer.Suitability::category)
                .containsExactlyInAnyOrder(DisabilityCategory.VISUAL, DisabilityCategory.MULTIPLE);
        assertThat(read.township().zh()).isEqualTo("燕店镇");
        assertThat(read.amountMaxYuan()).isEqualTo(300_000);
    }

    @Test
    void an_unknown_slug_finds_nothing() {
        assertThat(catalogue.findBySlug("no-such-offer")).isEmpty();
    }
}
