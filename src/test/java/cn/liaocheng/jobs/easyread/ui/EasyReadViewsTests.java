package cn.liaocheng.jobs.easyread.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.easyread.EasyReadPanel;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.EasyReadSwitch;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.NativeFieldTester;
import cn.liaocheng.jobs.shell.NativeSelect;
import cn.liaocheng.jobs.shell.PageHeading;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 易读版 switch on list, detail and plan pages, the plan pages themselves, and the editors' page, without a browser. */
@SpringBootTest
class EasyReadViewsTests extends SpringBrowserlessTest {

    private static final String NOT_FOUND = "找不到这个页面";

    @Autowired TestOffers offers;
    @Autowired TestAccounts accounts;
    @Autowired EasyReadService easyRead;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private static void go(String location) {
        int question = location.indexOf('?');
        if (question < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, question), QueryParameters.fromString(location.substring(question + 1)));
        }
    }

    private static String where() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private EasyReadSwitch easySwitch() {
        return $(EasyReadSwitch.class).single();
    }

    private Section panel() {
        return $(EasyReadPanel.class).single();
    }

    /** Whether the easy-read panel is shown; a hidden one is not found by the query at all. */
    private boolean panelShown() {
        return !$(EasyReadPanel.class).all().isEmpty();
    }

    private String announced() {
        return $(Announcer.class).single().message();
    }

    @Test
    void switching_to_easy_read_and_back_on_a_filtered_course_list_keeps_the_filter() {
        go("courses?county=shenxian");
        assertThat(easySwitch().getText()).isEqualTo("易读版");
        assertThat(easySwitch().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(panelShown()).isFalse();

        test(easySwitch()).click();
        assertThat(where()).contains("county=shenxian").contains("easy=1");
        assertThat(easySwitch().getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(panelShown()).isTrue();
        assertThat(panel().getElement().getTextRecursively()).contains("培训课程：易读版", "报名时带上残疾人证。", "残疾人证");
        assertThat($(Image.class).all()).extracting(Image::getAlt).contains(java.util.Optional.of("图：书本"));
        assertThat(announced()).isEqualTo("已打开易读版：短句子，一行一个意思。");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("培训课程 · 莘县 · 易读版");

        test(easySwitch()).click();
        assertThat(where()).isEqualTo("courses?county=shenxian");
        assertThat(panelShown()).isFalse();
        assertThat(announced()).isEqualTo("已回到完整版。");
    }

    @Test
    void the_easy_read_version_of_each_list_is_reachable_by_its_address() {
        go("loans?easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("贷款：易读版", "创业担保贷款");
        go("incubation?easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("创业孵化：易读版");
        go("programmes?easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("就业项目：易读版");
        go("courses?easy=yes");
        assertThat(panelShown()).as("only easy=1 opens it").isFalse();
    }

    @Test
    void the_list_of_all_offers_has_its_switch_and_an_easy_read_text_naming_the_four_kinds() {
        go("offers");
        assertThat(easySwitch().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        test(easySwitch()).click();
        assertThat(where()).isEqualTo("offers?easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("所有项目：易读版", "培训课程：学一门手艺。",
                "贷款：做生意缺钱，银行借给您。");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("查找项目 · 易读版");
        test(easySwitch()).click();
        assertThat(where()).isEqualTo("offers");
    }

    @Test
    void in_easy_read_every_page_of_a_list_every_offer_and_the_way_back_stay_in_easy_read() {
        var token = TestOffers.uniqueToken();
        for (int i = 1; i <= 12; i++) {
            offers.offer(token + " 易读课程 " + i).save();
        }
        go("courses?q=" + token + "&easy=1");
        var next = $(Anchor.class).all().stream().filter(a -> "next".equals(a.getElement().getAttribute("rel")))
                .findFirst().orElseThrow();
        assertThat(next.getHref()).isEqualTo("courses?q=" + token + "&page=2&easy=1");

        go(next.getHref());
        assertThat(panelShown()).isTrue();
        var previous = $(Anchor.class).all().stream().filter(a -> "prev".equals(a.getElement().getAttribute("rel")))
                .findFirst().orElseThrow();
        assertThat(previous.getHref()).isEqualTo("courses?q=" + token + "&easy=1");
        var card = $(Anchor.class).all().stream().filter(a -> a.getText().startsWith(token)).findFirst().orElseThrow();
        assertThat(card.getHref()).startsWith("offers/").endsWith("?easy=1");

        // The switch on page 2 keeps the page and the search: the person's place.
        test(easySwitch()).click();
        assertThat(where()).contains("q=" + token).contains("page=2").doesNotContain("easy");
        var fullPrevious = $(Anchor.class).all().stream().filter(a -> "prev".equals(a.getElement().getAttribute("rel")))
                .findFirst().orElseThrow();
        assertThat(fullPrevious.getHref()).isEqualTo("courses?q=" + token);
        test(easySwitch()).click();
        assertThat(where()).contains("q=" + token).contains("page=2").contains("easy=1");

        go(card.getHref());
        assertThat(panelShown()).isTrue();
        assertThat($(Anchor.class).all().stream().filter(a -> a.hasClassName("back-link")).findFirst().orElseThrow()
                .getHref()).isEqualTo("courses?easy=1");
    }

    @Test
    void choosing_a_filter_or_searching_in_easy_read_stays_in_easy_read_also_when_the_kind_changes() {
        var token = TestOffers.uniqueToken();
        offers.offer(token + " 莘县易读").county(County.SHENXIAN).save();
        go("courses?q=" + token + "&easy=1");
        NativeFieldTester.choose(select("filter-county"), "莘县");
        assertThat(where()).contains("county=shenxian").contains("easy=1");
        assertThat(panelShown()).isTrue();

        go("offers?easy=1");
        NativeFieldTester.choose(select("filter-kind"), "贷款");
        test($(com.vaadin.flow.component.html.NativeButton.class).id("filter-search")).click();
        assertThat(where()).startsWith("loans").contains("easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("贷款：易读版");
    }

    @Test
    void from_an_area_in_easy_read_the_way_back_to_the_plan_and_on_to_another_area_stays_in_easy_read() {
        go("plan/6?easy=1");
        var back = $(Anchor.class).all().stream().filter(a -> a.hasClassName("back-link")).findFirst().orElseThrow();
        assertThat(back.getHref()).isEqualTo("plan?easy=1");
        go(back.getHref());
        assertThat($(Anchor.class).id("plan-area-7").getHref()).isEqualTo("plan/7?easy=1");
        go("plan");
        assertThat($(Anchor.class).id("plan-area-7").getHref()).isEqualTo("plan/7");
    }

    @SuppressWarnings("unchecked")
    private <T> NativeSelect<T> select(String id) {
        return (NativeSelect<T>) $(NativeSelect.class).all().stream().filter(s -> s.getSelectId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no visible select " + id));
    }

    @Test
    void on_an_offers_page_the_switch_shows_the_easy_read_of_its_kind_and_stays_on_that_offer() {
        var offer = offers.offer("易读 " + TestOffers.uniqueToken()).subtype(OfferSubtype.AGRICULTURAL)
                .county(County.SHENXIAN).save();
        go("offers/" + offer.slug());
        test(easySwitch()).click();
        assertThat(where()).isEqualTo("offers/" + offer.slug() + "?easy=1");
        assertThat($(PageHeading.class).single().getText()).isEqualTo(offer.title().zh());
        assertThat(panel().getElement().getTextRecursively()).contains("培训课程：易读版");
        test(easySwitch()).click();
        assertThat(where()).isEqualTo("offers/" + offer.slug());
        assertThat(panelShown()).isFalse();
    }

    @Test
    void the_plan_lists_the_eleven_areas_and_each_area_has_its_lead_departments_and_easy_read() {
        go("plan");
        assertThat($(PageHeading.class).single().getText()).isEqualTo("行动方案");
        assertThat($(Anchor.class).all().stream().filter(a -> a.getId().orElse("").startsWith("plan-area-")))
                .hasSize(11).first().satisfies(a -> assertThat(a.getText()).isEqualTo("（一）机关、事业单位带头安排残疾人就业"));

        go("plan/6");
        assertThat($(PageHeading.class).single().getText()).isEqualTo("（六）农村残疾人就业帮扶");
        assertThat($(Section.class).id("plan-lead").getElement().getTextRecursively()).contains("市残联、市农业农村局");
        assertThat($(Anchor.class).id("plan-related-courses").getHref()).isEqualTo("courses");
        test(easySwitch()).click();
        assertThat(where()).isEqualTo("plan/6?easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("住在农村，也能学本事、挣钱。", "实用技术培训");
        assertThat($(Anchor.class).id("plan-related-loans").getHref()).as("the related lists open in easy read too")
                .isEqualTo("loans?easy=1");

        go("plan/12");
        assertThat($(PageHeading.class).single().getText()).isEqualTo(NOT_FOUND);
        go("plan/0");
        assertThat($(PageHeading.class).single().getText()).isEqualTo(NOT_FOUND);
    }

    @Test
    void in_english_the_switch_the_plan_and_the_easy_read_text_are_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        go("plan/11?easy=1");
        assertThat($(PageHeading.class).single().getText()).isEqualTo("(11) Banking help for disabled people");
        assertThat(easySwitch().getText()).isEqualTo("Easy read");
        assertThat(panel().getElement().getTextRecursively()).contains("Banks help disabled people: easy read",
                "The Agricultural Bank lends to disabled people.").doesNotContain("农业银行给残疾人贷款");
        go("courses?easy=1");
        assertThat(panel().getElement().getTextRecursively()).contains("Bring your disability certificate");
    }

    @Test
    void a_city_administrator_edits_a_text_and_a_stale_form_gets_a_clear_conflict_message() {
        var topic = "area-4";
        var before = jdbc.sql("select lines_zh from easyread_text where topic = ?").param(topic).query(String.class).single();
        try {
            TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
            go("staff/easy-read");
            assertThat($(Anchor.class).id("easy-read-edit-area-4").getHref()).isEqualTo("staff/easy-read/area-4");
            go("staff/easy-read/area-4");
            var lines = $(TextArea.class).id("easy-read-lines-zh");
            lines.setValue(before.replace("残疾人协会会帮您。", "残疾人协会会帮助您。"));
            test($(Button.class).id("easy-read-save")).click();
            assertThat(announced()).isEqualTo("易读版已保存，公众页面现在显示新的文字。");

            lines.setValue("rocket|火箭");
            test($(Button.class).id("easy-read-save")).click();
            assertThat($(ErrorSummary.class).single().messages())
                    .containsExactly("句子（中文）：第 1 行：请在句子前写上图片名和“|”，如 money|很多课程不收钱。");

            // Someone else saves meanwhile: this form's version is now old.
            jdbc.sql("update easyread_text set version = version + 1 where topic = ?").param(topic).update();
            lines.setValue(before);
            test($(Button.class).id("easy-read-save")).click();
            assertThat(announced()).startsWith("没有保存：您打开这一页以后，别人已经改过这篇易读版。");
            assertThat(easyRead.find(topic).orElseThrow().zh().ideas()).extracting(i -> i.sentence())
                    .contains("残疾人协会会帮助您。");
        } finally {
            jdbc.sql("update easyread_text set lines_zh = ? where topic = ?").param(before).param(topic).update();
        }
    }

    @Test
    void a_city_administrator_edits_an_action_areas_page_and_a_stale_form_gets_a_clear_conflict_message() {
        int number = 10;
        var before = jdbc.sql("select summary_zh from easyread_plan_area where number = ?").param(number)
                .query(String.class).single();
        try {
            TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
            go("staff/easy-read");
            assertThat($(Anchor.class).id("plan-area-edit-10").getHref()).isEqualTo("staff/plan-areas/10");
            assertThat($(Anchor.class).id("plan-area-edit-10").getText()).isEqualTo("（十）残疾人职业技能提升");
            assertThat($(Anchor.class).id("easy-read-edit-OFFERS").getHref()).isEqualTo("staff/easy-read/OFFERS");
            assertThat($(Anchor.class).all()).filteredOn(a -> a.getId().orElse("").matches("(easy-read|plan-area)-edit-.*"))
                    .hasSize(1 + 4 + 11 + 11).allSatisfy(a -> assertThat(a.hasClassName("staff-easy-read-link")).isTrue());

            go("staff/plan-areas/10");
            assertThat($(PageHeading.class).single().getText()).isEqualTo("编辑措施页面：（十）残疾人职业技能提升");
            var summary = $(TextArea.class).id("plan-area-summary-zh");
            assertThat(summary.getValue()).isEqualTo(before);
            summary.setValue(before + "（已核对）");
            test($(Button.class).id("plan-area-save")).click();
            assertThat(announced()).isEqualTo("措施页面已保存，公众页面现在显示新的文字。");
            assertThat(easyRead.area(number).orElseThrow().summary().zh()).endsWith("（已核对）");

            var title = $(com.vaadin.flow.component.textfield.TextField.class).id("plan-area-title-en");
            title.setValue(" ");
            summary.setValue("长".repeat(401));
            test($(Button.class).id("plan-area-save")).click();
            assertThat($(ErrorSummary.class).single().messages()).containsExactly("名称（英文）：请填写名称",
                    "方案怎么说（中文）：请把摘要缩短（中文最多400个字，英文最多1200个字母）");
            assertThat(summary.isInvalid()).isTrue();

            // Someone else saves meanwhile: this form's version is now old.
            jdbc.sql("update easyread_plan_area set version = version + 1 where number = ?").param(number).update();
            title.setValue("Better job skills for disabled people");
            summary.setValue(before);
            test($(Button.class).id("plan-area-save")).click();
            assertThat(announced()).startsWith("没有保存：您打开这一页以后，别人已经改过这项措施的页面。");
            assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("staff/plan-areas/10");
            assertThat(easyRead.area(number).orElseThrow().summary().zh()).endsWith("（已核对）");

            go("staff/plan-areas/12");
            assertThat($(PageHeading.class).single().getText()).isEqualTo(NOT_FOUND);
        } finally {
            jdbc.sql("update easyread_plan_area set summary_zh = ? where number = ?").param(before).param(number).update();
        }
    }

    @Test
    void the_editors_page_is_not_there_for_a_county_administrator() {
        TestAccounts.signIn(accounts.countyAdministrator("莘县 主任", County.SHENXIAN));
        go("staff/easy-read/COURSE");
        assertThat($(PageHeading.class).single().getText()).isNotEqualTo("编辑易读版：培训课程：易读版");
        assertThat($(TextArea.class).all()).isEmpty();
    }
}
