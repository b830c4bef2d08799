package cn.liaocheng.jobs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfferFilterTests {

    private static OfferFilter keyword(String keyword) {
        return new OfferFilter(keyword, null, null, null, null, false, false);
    }

    @Test
    void spaces_of_every_kind_separate_words_and_are_trimmed() {
        assertThat(keyword("  蔬菜\u3000 大棚\t").keyword()).isEqualTo("蔬菜 大棚");
        assertThat(keyword("  蔬菜\u3000 大棚\t").words()).containsExactly("蔬菜", "大棚");
    }

    @Test
    void a_missing_keyword_matches_everything() {
        assertThat(keyword(null).keyword()).isEmpty();
        assertThat(keyword(null).words()).isEmpty();
    }

    @Test
    void a_very_long_keyword_is_cut_at_a_character_boundary_not_inside_an_emoji() {
        var emoji = "😀".repeat(OfferFilter.MAX_KEYWORD_LENGTH + 10);
        var filter = keyword(emoji);
        assertThat(filter.keyword().codePointCount(0, filter.keyword().length())).isEqualTo(OfferFilter.MAX_KEYWORD_LENGTH);
        assertThat(filter.keyword()).isEqualTo("😀".repeat(OfferFilter.MAX_KEYWORD_LENGTH));
        assertThat(OfferFilter.isTooLong(emoji)).isTrue();
        assertThat(OfferFilter.isTooLong("蔬菜")).isFalse();
    }

    @Test
    void at_most_five_different_words_are_searched() {
        assertThat(keyword("a b c d e f a").words()).containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void control_characters_do_not_reach_the_query() {
        assertThat(keyword("蔬\u0000菜\u0007").keyword()).isEqualTo("蔬 菜");
    }
}
