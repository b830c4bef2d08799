package cn.liaocheng.jobs.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class FilterQueryTests {

    private static FilterQuery parse(String query, OfferKind kind) {
        return FilterQuery.parse(QueryParameters.fromString(query), kind);
    }

    @Test
    void a_shared_link_gives_back_the_filters_it_was_made_from() {
        var filter = new OfferFilter("大棚 蔬菜", County.SHENXIAN, OfferKind.COURSE, OfferSubtype.AGRICULTURAL,
                DisabilityCategory.PHYSICAL, true, true);

        var url = FilterQuery.url(filter, 3);
        var parsed = parse(url.substring(url.indexOf('?') + 1), OfferKind.COURSE);

        assertThat(url).startsWith("courses?q=%E5%A4%A7%E6%A3%9A%20%E8%94%AC%E8%8F%9C&county=shenxian"
                + "&type=agricultural&category=physical&rural=1&open=1&page=3");
        assertThat(parsed.filter()).isEqualTo(filter);
        assertThat(parsed.page()).isEqualTo(3);
        assertThat(parsed.ignored()).isEmpty();
    }

    @Test
    void the_first_page_and_empty_filters_are_left_out_of_links() {
        assertThat(FilterQuery.url(OfferFilter.all(), 1)).isEqualTo("offers");
        assertThat(FilterQuery.url(OfferFilter.ofKind(OfferKind.LOAN), 1)).isEqualTo("loans");
    }

    @Test
    void values_that_do_not_exist_are_dropped_and_named() {
        var parsed = parse("county=atlantis&category=x&rural=yes&open=2&page=-1", null);

        assertThat(parsed.filter()).isEqualTo(OfferFilter.all());
        assertThat(parsed.page()).isEqualTo(1);
        assertThat(parsed.ignored()).containsExactly("county", "category", "rural", "open", "page");
    }

    @Test
    void a_type_of_another_kind_is_dropped_and_named() {
        var parsed = parse("type=abc-referral&county=shenxian", OfferKind.COURSE);

        assertThat(parsed.filter().subtype()).isNull();
        assertThat(parsed.filter().county()).isEqualTo(County.SHENXIAN);
        assertThat(parsed.ignored()).containsExactly("type");
    }

    @Test
    void a_type_on_the_page_of_all_offers_narrows_to_its_kind() {
        var parsed = parse("type=agricultural", null);

        assertThat(parsed.filter().kind()).isEqualTo(OfferKind.COURSE);
        assertThat(parsed.filter().subtype()).isEqualTo(OfferSubtype.AGRICULTURAL);
        assertThat(FilterQuery.url(parsed.filter(), 1)).isEqualTo("courses?type=agricultural");
    }

    @Test
    void an_absurd_page_number_is_ignored_rather_than_overflowing() {
        assertThat(parse("page=99999999999999999999", null).ignored()).containsExactly("page");
        assertThat(parse("page=0", null).ignored()).containsExactly("page");
    }

    @Test
    void empty_values_mean_no_filter() {
        var parsed = parse("q=&county=&rural=0", null);

        assertThat(parsed.filter()).isEqualTo(OfferFilter.all());
        assertThat(parsed.ignored()).isEmpty();
    }

    @Test
    void the_kind_comes_from_the_page_not_the_query() {
        assertThat(parse("kind=loan", OfferKind.COURSE).filter().kind()).isEqualTo(OfferKind.COURSE);
    }
}
