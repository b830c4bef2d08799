package cn.liaocheng.jobs.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.EditOutcome;
import cn.liaocheng.jobs.catalogue.OfferEdit;
import cn.liaocheng.jobs.catalogue.OfferEditor;
import cn.liaocheng.jobs.catalogue.OfferStatus;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.OfferTextField;
import cn.liaocheng.jobs.catalogue.TestEdits;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The editors' pages without a browser: create, validate, preview, publish, conflict, and not-found by county. */
@SpringBootTest
class OfferEditorViewsTests extends SpringBrowserlessTest {

    private static final String NOT_FOUND = "找不到这个页面";

    @Autowired TestAccounts accounts;
    @Autowired TestOffers offers;
    @Autowired OfferEditor editor;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** Browserless {@code navigate} takes no query string; the views read theirs. */
    private static void go(String location) {
        int question = location.indexOf('?');
        UI.getCurrent().navigate(location.substring(0, question),
                com.vaadin.flow.router.QueryParameters.fromString(location.substring(question + 1)));
    }

    private void fillCourse(OfferForm form, String title) {
        form.subtype.setValue(OfferSubtype.VOCATIONAL);
        form.county.setValue(County.DONGE);
        form.<String>field("title.zh").setValue(title);
        form.<String>field("summary.zh").setValue("电商客服培训，结业后推荐就业。");
        form.<String>field("details.zh").setValue("共 20 天。");
        form.<String>field("provider.zh").setValue("东阿县残联");
        form.planMeasure.setValue("（十）1");
        form.startsOn.setValue(LocalDate.now().plusDays(30));
        form.closesOn.setValue(LocalDate.now().plusDays(20));
        form.seatsTotal.setValue("25");
        form.suitableFor.setValue(Set.of(DisabilityCategory.PHYSICAL));
        form.<String>field("eligibility.zh").setValue("持证残疾人");
        form.<String>field("how-to-apply.zh").setValue("网上报名。");
        form.<String>field("lead-department.zh").setValue("县残联");
        form.<String>field("contact-name.zh").setValue("李老师");
        form.contactPhone.setValue("0635-3281234");
    }

    @Test
    void a_city_administrator_creates_a_draft_previews_it_and_publishes_it_into_the_public_course_list() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        go("staff/offers/new?kind=courses");
        assertThat($(PageHeading.class).single().getText()).isEqualTo("新建培训课程");
        var title = token + " 电商客服培训";
        fillCourse($(OfferForm.class).single(), title);

        test($(Button.class).id("offer-preview-button")).click();
        var preview = $(Section.class).id("offer-preview");
        assertThat(preview.isVisible()).isTrue();
        var previewText = preview.getElement().getTextRecursively();
        assertThat(previewText).contains(title, "还剩 25 个名额（共 25 个）", "肢体残疾", "牵头单位：县残联", "0635-3281234");
        assertThat($(OfferPage.class).single().getElement().getTextRecursively()).doesNotContain("示例数据");

        test($(Button.class).id("offer-save")).click();
        assertThat(getCurrentView()).isInstanceOf(EditOfferView.class);
        assertThat($(Paragraph.class).id("offer-edit-done").getText()).startsWith("草稿已保存");
        assertThat($(Paragraph.class).id("offer-state").getText()).isEqualTo("状态：草稿 · 培训课程");

        test($(Button.class).id("offer-publish")).click();
        assertThat($(Paragraph.class).id("offer-edit-done").getText()).isEqualTo("项目已发布，公众现在可以看到。");
        assertThat($(Paragraph.class).id("offer-state").getText()).isEqualTo("状态：已发布 · 培训课程");

        TestAccounts.signOut();
        go("courses?q=" + token);
        assertThat($(OfferCard.class).all()).singleElement()
                .satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains(title));
    }

    @Test
    void a_form_with_problems_lists_them_in_the_summary_in_page_order_and_at_the_fields() {
        TestAccounts.signIn(accounts.countyAdministrator("东阿 主任", County.DONGE));
        go("staff/offers/new?kind=courses");
        var form = $(OfferForm.class).single();
        form.seatsTotal.setValue("三十");
        form.<String>field("summary.en").setValue("English only");
        test($(Button.class).id("offer-save")).click();

        assertThat(getCurrentView()).isInstanceOf(NewOfferView.class);
        var messages = $(ErrorSummary.class).single().messages();
        assertThat(messages).startsWith("请选择类型", "请填写中文名称", "请用一句话介绍这个项目（中文）")
                .contains("请填写数字，如 30", "请至少选择一个适合的残疾类别", "请填写联系电话，如 0635-8212345");
        assertThat(messages.indexOf("请填写数字，如 30")).isLessThan(messages.indexOf("请至少选择一个适合的残疾类别"));
        assertThat(form.seatsTotal.isInvalid()).isTrue();
        assertThat(form.seatsTotal.getErrorMessage()).isEqualTo("请填写数字，如 30");
        assertThat(form.county.getValue()).as("a county administrator's one county is filled in").isEqualTo(County.DONGE);
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("错误：");
    }

    @Test
    void a_donge_county_administrator_gets_not_found_for_a_shenxian_offer_by_its_address() {
        var shenxian = offers.offer(token + " 莘县课程").county(County.SHENXIAN).save();
        var donge = offers.offer(token + " 东阿课程").county(County.DONGE).save();
        TestAccounts.signIn(accounts.countyAdministrator("东阿 主任", County.DONGE));

        navigate("staff/offers/" + shenxian.id(), Component.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo(NOT_FOUND);
        navigate("staff/offers/" + donge.id(), EditOfferView.class);
        assertThat($(PageHeading.class).single().getText()).isEqualTo("编辑：" + token + " 东阿课程");

        navigate("staff/offers", StaffOffersView.class);
        var rows = $(ReflowTable.class).single().texts();
        assertThat(rows).anySatisfy(row -> assertThat(row.getFirst()).isEqualTo(token + " 东阿课程"));
        assertThat(rows).noneSatisfy(row -> assertThat(row.getFirst()).isEqualTo(token + " 莘县课程"));
        assertThat(rows.getFirst()).containsExactly("名称", "状态", "类别", "县（市、区）", "名额");
    }

    @Test
    void the_list_filters_by_state_and_kind_and_shows_seats_and_sample() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var full = offers.offer(token + " 已满课程").seatsLeft(0).save();
        var draft = offers.offer(token + " 草稿课程").status(OfferStatus.DRAFT).save();

        go("staff/offers?state=published&kind=courses");
        var rows = $(ReflowTable.class).single().texts();
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(token + " 已满课程", "已发布 · 示例数据",
                "培训课程 · 职业技能培训", "东昌府区", "名额已满"));
        assertThat(rows).noneSatisfy(row -> assertThat(row.getFirst()).isEqualTo(token + " 草稿课程"));
        assertThat($(StaffOffersView.class).single().state.getValue()).isEqualTo(OfferStatus.PUBLISHED);

        go("staff/offers?state=draft");
        assertThat($(ReflowTable.class).single().texts()).anySatisfy(row -> assertThat(row.getFirst())
                .isEqualTo(token + " 草稿课程"));
        assertThat(full.id()).isNotEqualTo(draft.id());
    }

    @Test
    void a_save_over_someone_elses_newer_save_says_so_and_keeps_theirs() {
        var offer = offers.offer(token + " 两人同时编辑").county(County.DONGE).save();
        TestAccounts.signIn(accounts.countyAdministrator("东阿 主任", County.DONGE));
        navigate("staff/offers/" + offer.id(), EditOfferView.class);
        // Meanwhile someone else saves.
        var theirs = TestEdits.withText(OfferEdit.of(offer), OfferTextField.SUMMARY, "别人先保存的介绍", "");
        assertThat(editor.update(offer.id(), offer.version(), theirs)).isInstanceOf(EditOutcome.Saved.class);

        $(OfferForm.class).single().<String>field("summary.zh").setValue("我的介绍");
        test($(Button.class).id("offer-save")).click();
        assertThat($(Paragraph.class).id("offer-edit-conflict").getText()).startsWith("在您打开这个页面之后，别人修改并保存了这个项目");
        assertThat(editor.find(offer.id()).summary().zh()).isEqualTo("别人先保存的介绍");
    }

    @Test
    void a_closed_offer_keeps_its_public_page_with_a_note_and_no_apply_button_and_a_draft_has_none() {
        var closed = offers.offer(token + " 已结束").status(OfferStatus.CLOSED).save();
        var draft = offers.offer(token + " 草稿").status(OfferStatus.DRAFT).save();
        var unpublished = offers.offer(token + " 已下线").status(OfferStatus.UNPUBLISHED).save();

        navigate("offers/" + closed.slug(), OfferDetailView.class);
        assertThat($(Paragraph.class).id("offer-closed-note").getText()).startsWith("这个项目已经结束");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("apply-online").exists()).isFalse();
        for (var hidden : java.util.List.of(draft, unpublished)) {
            navigate("offers/" + hidden.slug(), Component.class);
            assertThat($(PageHeading.class).single().getText()).isEqualTo(NOT_FOUND);
        }
    }

    @Test
    void an_english_reader_is_told_when_an_offer_has_no_english_version() {
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        var edit = TestEdits.course(token + " 只有中文", County.DONGE, 10);
        var created = (EditOutcome.Saved) editor.create(edit);
        editor.changeStatus(created.offerId(), created.version(), OfferStatus.PUBLISHED);
        var slug = editor.find(created.offerId()).slug();
        TestAccounts.signOut();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("offers/" + slug, OfferDetailView.class);
        assertThat($(Paragraph.class).id("offer-no-english").getText())
                .isEqualTo("There is no English version of this offer yet; it is shown in Chinese.");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("offers/" + slug, OfferDetailView.class);
        assertThat($(Paragraph.class).withId("offer-no-english").exists()).isFalse();
    }

    @Test
    void county_and_city_administrators_find_offers_on_their_workspace_and_caseworkers_do_not() {
        for (var who : java.util.List.of(accounts.countyAdministrator("东阿 主任", County.DONGE),
                accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR))) {
            TestAccounts.signIn(who);
            navigate("staff", Component.class);
            assertThat($(com.vaadin.flow.component.html.Anchor.class).id("staff-task-offers").getHref())
                    .isEqualTo("staff/offers");
            TestAccounts.signOut();
        }
        TestAccounts.signIn(accounts.caseworker("东阿 张老师", County.DONGE));
        navigate("staff", Component.class);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withId("staff-task-offers").exists()).isFalse();
    }
}
