package cn.liaocheng.jobs.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.NativeCheckbox;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.NativeSelect;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class OfferListViewTests extends SpringBrowserlessTest {

    @Autowired TestOffers offers;

    private final String token = TestOffers.uniqueToken();

    private String resultsHeading() {
        return $(H2.class).id("results-heading").getText();
    }

    private java.util.List<String> cardTitles() {
        return $(OfferCard.class).all().stream()
                .map(card -> $(Anchor.class, card).first().getText())
                .toList();
    }

    private java.util.List<String> notes() {
        return $(Paragraph.class).withClassName("notice").all().stream().map(Paragraph::getText).toList();
    }

    /** Opens an address with its query, as a person following a shared link would. */
    private void open(String location) {
        int question = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, question), QueryParameters.fromString(location.substring(question + 1)));
    }

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private Map<String, List<String>> query() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @Test
    void a_keyword_search_lists_matching_offers_as_cards_and_announces_the_count() {
        offers.offer(token + " 大棚蔬菜").save();
        offers.offer(token + " 蘑菇").save();

        open("offers?q=" + token);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("查找项目");
        assertThat(resultsHeading()).isEqualTo("找到 2 项，这是第 1 页，共 1 页");
        assertThat(cardTitles()).containsExactlyInAnyOrder(token + " 大棚蔬菜", token + " 蘑菇");
        assertThat($(Announcer.class).single().message()).isEqualTo("找到 2 项，这是第 1 页，共 1 页");
        assertThat(keyword().getValue()).isEqualTo(token);
    }

    @Test
    void the_kind_pages_list_only_their_kind() {
        offers.offer(token + " 课程").save();
        offers.offer(token + " 贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).save();

        open("loans?q=" + token);

        assertThat($(PageHeading.class).single().getText()).isEqualTo("贷款");
        assertThat(cardTitles()).containsExactly(token + " 贷款");
    }

    @ParameterizedTest
    @CsvSource({
            "courses, 培训课程", "incubation, 创业孵化", "loans, 贷款", "programmes, 就业岗位与项目", "offers, 查找项目"})
    void each_list_page_has_its_own_heading_and_title(String path, String heading) {
        navigate(path, OfferListView.class);

        assertThat($(PageHeading.class).single().getText()).isEqualTo(heading);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(heading + " - 聊城残疾人就业服务");
        assertThat($(OfferFilterForm.class).exists()).isTrue();
    }

    @Test
    void nothing_found_says_so_and_suggests_what_to_do() {
        offers.offer("另一门课程 " + TestOffers.uniqueToken()).save(); // a catalogue with offers, whichever test ran before
        open("offers?q=" + token);

        assertThat(resultsHeading()).isEqualTo("没有找到符合条件的项目");
        assertThat($(Paragraph.class).withTextContaining("少选几个条件").exists()).isTrue();
        assertThat($(Announcer.class).single().message()).isEqualTo("没有找到符合条件的项目");
    }

    @Test
    void filters_that_do_not_exist_are_ignored_with_a_visible_note() {
        offers.offer(token + " 课程").save();

        open("offers?q=" + token + "&county=atlantis&rural=maybe&page=abc");

        assertThat(notes()).containsExactly("网址里有无法识别的条件，已经忽略：县（市、区）、适合农村居民、页码。");
        assertThat(cardTitles()).containsExactly(token + " 课程");
    }

    @Test
    void a_very_long_keyword_is_shortened_with_a_note() {
        open("offers?q=" + "蔬".repeat(500));

        assertThat(notes()).containsExactly("关键词太长，只用了前 50 个字查找。");
        assertThat(keyword().getValue()).hasSize(50);
    }

    @Test
    void a_megabyte_typed_into_the_search_box_is_searched_by_its_beginning() {
        offers.offer(token + " 课程").save(); // a catalogue with offers, whichever test ran before
        navigate("offers", OfferSearchView.class);

        NativeFieldTester.type(keyword(), "蔬".repeat(1_000_000));
        test($(NativeButton.class).id("filter-search")).click();

        assertThat(query().get("q")).containsExactly("蔬".repeat(50));
        assertThat(resultsHeading()).isEqualTo("没有找到符合条件的项目");
    }

    @Test
    void a_page_past_the_end_shows_the_last_page_with_a_note() {
        for (int i = 0; i < 12; i++) {
            offers.offer(token + " 课程" + i).save();
        }

        open("offers?q=" + token + "&page=99");

        assertThat(resultsHeading()).isEqualTo("找到 12 项，这是第 2 页，共 2 页");
        assertThat(cardTitles()).hasSize(2);
        assertThat(notes()).containsExactly("没有这一页，下面显示的是最后一页。");
    }

    @Test
    void results_come_ten_to_a_page_with_links_that_keep_the_filters() {
        for (int i = 0; i < 12; i++) {
            offers.offer(token + " 课程" + i).county(County.SHENXIAN).save();
        }

        open("courses?q=" + token + "&county=shenxian");

        assertThat(cardTitles()).hasSize(10);
        var next = $(Anchor.class).withText("下一页").single();
        assertThat(next.getHref()).isEqualTo("courses?q=" + token + "&county=shenxian&page=2");
    }

    @Test
    void care_mode_shows_five_results_to_a_page() {
        for (int i = 0; i < 7; i++) {
            offers.offer(token + " 课程" + i).save();
        }

        open("offers?q=" + token + "&care=1");

        assertThat(cardTitles()).hasSize(5);
        assertThat(resultsHeading()).isEqualTo("找到 7 项，这是第 1 页，共 2 页");
    }

    @Test
    void searching_puts_the_filters_in_the_url_of_the_chosen_kind() {
        offers.offer(token + " 大棚").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN).rural().save();
        navigate("offers", OfferSearchView.class);

        NativeFieldTester.type(keyword(), token);
        NativeFieldTester.choose(select("filter-kind"), "培训课程");
        assertThat(path()).as("a kind waits for 查找: it moves to another page").isEqualTo("offers");
        test($(NativeButton.class).id("filter-search")).click();

        assertThat(path()).isEqualTo("courses");
        assertThat(query()).isEqualTo(Map.of("q", List.of(token)));
        assertThat(getCurrentView()).isInstanceOf(CourseListView.class);
        assertThat(cardTitles()).containsExactly(token + " 大棚");
    }

    @Test
    void a_county_applies_as_soon_as_it_is_chosen_with_the_count_announced_and_focus_left_on_the_field() {
        offers.offer(token + " 莘县大棚").county(County.SHENXIAN).save();
        offers.offer(token + " 阳谷大棚").county(County.YANGGU).save();
        open("courses?q=" + token);
        var view = getCurrentView();
        focusTargets();

        NativeFieldTester.choose(select("filter-county"), "莘县");

        assertThat(path()).isEqualTo("courses");
        assertThat(query()).isEqualTo(Map.of("q", List.of(token), "county", List.of("shenxian")));
        assertThat(cardTitles()).containsExactly(token + " 莘县大棚");
        assertThat($(Announcer.class).single().message()).isEqualTo(resultsHeading()).isEqualTo("找到 1 项，这是第 1 页，共 1 页");
        assertThat(focusTargets()).as("focus stays on the county field").isEmpty();
        assertThat(getCurrentView()).as("the same page, so the field keeps focus").isSameAs(view);
        assertThat(select("filter-county").getValue()).isEqualTo(Optional.of(County.SHENXIAN));
    }

    @Test
    void ticks_apply_at_once_and_unticking_widens_the_list_again() {
        offers.offer(token + " 农村").rural().save();
        offers.offer(token + " 城里").save();
        open("courses?q=" + token);
        var rural = $(NativeCheckbox.class).all().stream().filter(c -> c.getInputId().equals("filter-rural")).findFirst().orElseThrow();

        NativeFieldTester.tick(rural, true);
        assertThat(query()).isEqualTo(Map.of("q", List.of(token), "rural", List.of("1")));
        assertThat(cardTitles()).containsExactly(token + " 农村");

        NativeFieldTester.tick(rural, false);
        assertThat(query()).isEqualTo(Map.of("q", List.of(token)));
        assertThat(cardTitles()).containsExactlyInAnyOrder(token + " 农村", token + " 城里");
    }

    @Test
    void the_form_says_before_its_fields_that_a_choice_applies_at_once() {
        navigate("courses", CourseListView.class);

        var hint = $(Paragraph.class).id(OfferFilterForm.HINT);
        assertThat(hint.getText()).startsWith("选择类型、县（市、区）、残疾类别或勾选后，下面的结果立即更新");
        assertThat(select("filter-county").selectElement().getAttribute("aria-describedby")).isEqualTo(OfferFilterForm.HINT);
        assertThat(select("filter-county").settleMillis()).as("arrowing through a closed select searches once").isPositive();
        assertThat(select("filter-kind").selectElement().getAttribute("aria-describedby")).as("the kind waits for 查找").isNull();
    }

    @Test
    void a_kind_changed_without_searching_does_not_carry_a_chosen_county_to_another_page() {
        navigate("courses", CourseListView.class);

        NativeFieldTester.choose(select("filter-kind"), "贷款");
        NativeFieldTester.choose(select("filter-county"), "莘县");

        assertThat(path()).isEqualTo("courses");
        assertThat(query()).isEqualTo(Map.of("county", List.of("shenxian")));
        assertThat(select("filter-kind").getValue()).isEqualTo(Optional.of(cn.liaocheng.jobs.catalogue.OfferKind.COURSE));
    }

    @Test
    void the_course_type_narrows_the_list_and_goes_into_the_url() {
        offers.offer(token + " 大棚").subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN).rural().save();
        offers.offer(token + " 洗车").subtype(OfferSubtype.VOCATIONAL).county(County.SHENXIAN).rural().save();
        navigate("courses", CourseListView.class);

        NativeFieldTester.type(keyword(), token);
        var type = select("filter-type");
        assertThat(type.getLabel()).isEqualTo("课程类型");
        assertThat(type.getItems().stream().map(type::getOptionLabel))
                .containsExactly("全部", "职业技能培训", "农村实用技术培训", "盲人按摩培训", "线上课程", "职业能力评估");
        NativeFieldTester.choose(type, "农村实用技术培训");

        assertThat(path()).isEqualTo("courses");
        assertThat(query()).isEqualTo(Map.of("q", List.of(token), "type", List.of("agricultural")));
        assertThat(cardTitles()).containsExactly(token + " 大棚");
        assertThat(select("filter-type").getValue()).isEqualTo(Optional.of(OfferSubtype.AGRICULTURAL));
    }

    @Test
    void the_type_field_appears_only_when_a_kind_with_several_types_is_chosen() {
        navigate("offers", OfferSearchView.class);
        assertThat(selects()).doesNotContain("filter-type");

        navigate("incubation", IncubationListView.class);
        assertThat(selects()).as("incubation has one type only").doesNotContain("filter-type");

        navigate("loans", LoanListView.class);
        assertThat(select("filter-type").getLabel()).isEqualTo("贷款类型");
    }

    /** The visible select with this id. */
    @SuppressWarnings("unchecked")
    private static NativeTextField keyword() {
        return NativeFieldTester.textField("filter-keyword");
    }

    private <T> NativeSelect<T> select(String id) {
        return (NativeSelect<T>) $(NativeSelect.class).all().stream().filter(s -> s.getSelectId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no visible select " + id));
    }

    private List<String> selects() {
        return $(NativeSelect.class).all().stream().map(NativeSelect::getSelectId).toList();
    }

    @Test
    void the_title_says_which_filters_and_which_page_are_shown() {
        for (int i = 0; i < 6; i++) {
            offers.offer(token + " 课程" + i).subtype(OfferSubtype.AGRICULTURAL).county(County.SHENXIAN).rural().save();
        }
        open("courses?q=" + token + "&county=shenxian&type=agricultural&rural=1&page=2");
        // Care mode is off: ten to a page, so page 2 of 6 results is past the end and shows page 1.
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(
                "培训课程 · 莘县 · 农村实用技术培训 · 适合农村居民 · “" + token + "” - 聊城残疾人就业服务");

        open("courses?county=shenxian&page=1");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("培训课程 · 莘县 - 聊城残疾人就业服务");
    }

    @Test
    void enter_in_the_search_box_searches_for_the_words_as_typed() {
        offers.offer(token + " 课程").save();
        navigate("courses", CourseListView.class);

        NativeFieldTester.typeAndPressEnter(keyword(), token);

        assertThat(query()).isEqualTo(Map.of("q", List.of(token)));
        assertThat(cardTitles()).containsExactly(token + " 课程");
        assertThat(keyword().getValue()).isEqualTo(token);
    }

    @Test
    void the_search_box_is_labelled_and_its_hint_is_read_with_it() {
        navigate("courses", CourseListView.class);

        var input = keyword().inputElement();
        assertThat(keyword().getLabel()).isEqualTo("关键词");
        assertThat(input.getAttribute("aria-describedby")).isEqualTo("filter-keyword-hint");
        assertThat(keyword().getElement().getChildren().filter(e -> "filter-keyword-hint".equals(e.getAttribute("id"))))
                .singleElement().satisfies(hint -> assertThat(hint.getText()).isNotBlank());
        assertThat(input.getAttribute("maxlength")).isEqualTo("200");
    }

    @Test
    void after_searching_focus_goes_to_the_result_count_not_the_top_of_the_page() {
        navigate("courses", CourseListView.class);
        assertThat($(H2.class).id("results-heading").getElement().getAttribute("tabindex")).isEqualTo("-1");

        focusTargets();
        NativeFieldTester.type(keyword(), token);
        test($(NativeButton.class).id("filter-search")).click();

        assertThat(focusTargets()).containsExactly("results-heading");
        navigate("loans", LoanListView.class);
        assertThat(focusTargets()).as("an ordinary navigation").containsExactly("page-heading");
    }

    /** The ids the layout asked the browser to focus since the last call. */
    private List<String> focusTargets() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(js -> js.getExpression().contains("h.focus()"))
                .map(js -> String.valueOf(js.getParameters().getFirst()))
                .toList();
    }
}
