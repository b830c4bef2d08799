package cn.liaocheng.jobs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.shared.County;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may edit which offers (every role × the offer's county), what the editor must fix, the conflict of two saves,
 * the states, and the audit row each change leaves.
 */
@SpringBootTest
class OfferEditorTests {

    @Autowired OfferEditor editor;
    @Autowired CatalogueService catalogue;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired TestOffers offers;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private PortalUser city() {
        var admin = accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR);
        TestAccounts.signIn(admin);
        return admin;
    }

    private PortalUser county(County county) {
        var admin = accounts.countyAdministrator("县残联 主任", county);
        TestAccounts.signIn(admin);
        return admin;
    }

    private long created(OfferEdit edit) {
        var outcome = editor.create(edit);
        assertThat(outcome).isInstanceOf(EditOutcome.Saved.class);
        return ((EditOutcome.Saved) outcome).offerId();
    }

    private List<Map<String, Object>> auditOf(PortalUser actor) {
        return jdbc.sql("select action, detail, actor_role from audit_entry where actor_account_id = ? order by id")
                .param(actor.accountId()).query().listOfRows();
    }

    @Test
    void a_county_administrator_edits_their_own_county_and_gets_not_found_for_another_countys_offer() {
        city();
        long shenxian = created(TestEdits.course("莘县 面点培训 " + TestOffers.uniqueToken(), County.SHENXIAN, 20));
        long citywide = created(TestEdits.course("全市 线上培训 " + TestOffers.uniqueToken(), County.CITYWIDE, null));
        TestAccounts.signOut();

        county(County.DONGE);
        long donge = created(TestEdits.course("东阿 电商培训 " + TestOffers.uniqueToken(), County.DONGE, 20));
        assertThat(editor.find(donge).county()).isEqualTo(County.DONGE);
        assertThatThrownBy(() -> editor.find(shenxian)).isInstanceOf(OfferNotFoundException.class);
        assertThatThrownBy(() -> editor.find(citywide)).isInstanceOf(OfferNotFoundException.class);
        assertThatThrownBy(() -> editor.update(shenxian, 0, TestEdits.course("改名", County.SHENXIAN, 20)))
                .isInstanceOf(OfferNotFoundException.class);
        assertThatThrownBy(() -> editor.changeStatus(shenxian, 0, OfferStatus.PUBLISHED))
                .isInstanceOf(OfferNotFoundException.class);
        assertThat(editor.list(null, null)).extracting(OfferRow::county).containsOnly(County.DONGE);
        assertThat(editor.list(null, null)).extracting(OfferRow::id).contains(donge).doesNotContain(shenxian, citywide);
        assertThat(editor.counties()).containsExactly(County.DONGE);
    }

    @Test
    void a_county_administrator_cannot_put_an_offer_into_another_county_or_city_wide() {
        county(County.DONGE);
        for (var other : List.of(County.SHENXIAN, County.CITYWIDE)) {
            var outcome = editor.create(TestEdits.course("别县 " + TestOffers.uniqueToken(), other, 10));
            assertThat(outcome).isInstanceOfSatisfying(EditOutcome.Invalid.class, invalid -> assertThat(invalid.problems())
                    .extracting(OfferProblem::field, OfferProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("county", "offer.edit.error.county.not-yours")));
        }
    }

    @Test
    void a_city_administrator_edits_every_county_and_city_wide_offers() {
        city();
        for (var each : County.values()) {
            long id = created(TestEdits.course("课程 " + each + " " + TestOffers.uniqueToken(), each, 5));
            assertThat(editor.find(id).county()).isEqualTo(each);
        }
        assertThat(editor.counties()).containsExactly(County.values());
    }

    @Test
    void caseworkers_loan_officers_applicants_employers_and_visitors_cannot_edit_and_are_told_not_found() {
        city();
        long offer = created(TestEdits.course("不可编辑 " + TestOffers.uniqueToken(), County.DONGE, 20));
        TestAccounts.signOut();
        var outsiders = List.of(accounts.caseworker("东阿 张老师", County.DONGE), accounts.create("农行", Role.LOAN_OFFICER),
                accounts.applicant("李明"), accounts.create("某局 人事科", Role.EMPLOYER));
        for (var outsider : outsiders) {
            TestAccounts.signIn(outsider);
            assertThatThrownBy(() -> editor.find(offer)).as("%s", outsider.role()).isInstanceOf(OfferNotFoundException.class);
            assertThatThrownBy(() -> editor.list(null, null)).isInstanceOf(OfferNotFoundException.class);
            assertThatThrownBy(() -> editor.create(TestEdits.course("新 ", County.DONGE, 1)))
                    .isInstanceOf(OfferNotFoundException.class);
            assertThatThrownBy(() -> editor.update(offer, 0, TestEdits.course("新", County.DONGE, 1)))
                    .isInstanceOf(OfferNotFoundException.class);
            assertThatThrownBy(() -> editor.changeStatus(offer, 0, OfferStatus.PUBLISHED))
                    .isInstanceOf(OfferNotFoundException.class);
            TestAccounts.signOut();
        }
        // Nobody signed in: method security refuses before any query (the views never get that far for visitors).
        assertThatThrownBy(() -> editor.find(offer))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_new_offer_is_a_draft_that_only_publishing_shows_to_the_public() {
        var admin = city();
        var title = "面点师培训 " + TestOffers.uniqueToken();
        long id = created(TestEdits.course(title, County.DONGE, 20));
        var draft = editor.find(id);
        assertThat(draft.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(draft.sample()).isFalse();
        assertThat(draft.seatsLeft()).isEqualTo(20);
        assertThat(catalogue.findPublicBySlug(draft.slug())).isEmpty();
        assertThat(publicTitles(title)).isEmpty();
        assertThat(draft.isOpenOn(catalogue.today())).as("a draft takes no applications").isFalse();

        assertThat(editor.changeStatus(id, draft.version(), OfferStatus.PUBLISHED)).isInstanceOf(EditOutcome.Saved.class);
        assertThat(publicTitles(title)).containsExactly(title);
        assertThat(catalogue.findPublicBySlug(draft.slug())).isPresent();
        assertThat(editor.find(id).isOpenOn(catalogue.today())).isTrue();

        var published = editor.find(id);
        assertThat(editor.changeStatus(id, published.version(), OfferStatus.UNPUBLISHED)).isInstanceOf(EditOutcome.Saved.class);
        assertThat(publicTitles(title)).isEmpty();
        assertThat(catalogue.findPublicBySlug(draft.slug())).isEmpty();

        var unpublished = editor.find(id);
        assertThat(editor.changeStatus(id, unpublished.version(), OfferStatus.CLOSED)).isInstanceOf(EditOutcome.Saved.class);
        assertThat(publicTitles(title)).as("closed offers are not listed").isEmpty();
        assertThat(catalogue.findPublicBySlug(draft.slug())).as("but keep their page").isPresent();
        var closed = editor.find(id);
        assertThat(editor.changeStatus(id, closed.version(), OfferStatus.PUBLISHED))
                .isEqualTo(new EditOutcome.NotAllowed(OfferStatus.CLOSED));

        assertThat(auditOf(admin)).extracting(row -> row.get("action"))
                .containsExactly("OFFER_CREATED", "OFFER_PUBLISHED", "OFFER_UNPUBLISHED", "OFFER_CLOSED");
        assertThat(auditOf(admin)).extracting(row -> row.get("detail")).containsExactly(
                "offer " + id + " COURSE: DRAFT", "offer " + id + ": DRAFT → PUBLISHED",
                "offer " + id + ": PUBLISHED → UNPUBLISHED", "offer " + id + ": UNPUBLISHED → CLOSED");
    }

    private List<String> publicTitles(String token) {
        return catalogue.search(new OfferFilter(token, null, null, null, null, false, false), 0, 10).getContent()
                .stream().map(s -> s.title().zh()).toList();
    }

    @Test
    void a_second_save_from_an_older_page_is_a_conflict_and_stores_nothing() {
        var admin = city();
        var title = "冲突 " + TestOffers.uniqueToken();
        long id = created(TestEdits.course(title, County.DONGE, 20));
        int opened = editor.find(id).version();
        var first = editor.update(id, opened, TestEdits.withText(TestEdits.course(title, County.DONGE, 20),
                OfferTextField.SUMMARY, "第一位编辑的介绍", "First editor"));
        assertThat(first).isInstanceOf(EditOutcome.Saved.class);
        var second = editor.update(id, opened, TestEdits.withText(TestEdits.course(title, County.DONGE, 20),
                OfferTextField.SUMMARY, "第二位编辑的介绍", ""));
        assertThat(second).isEqualTo(new EditOutcome.Conflict());
        assertThat(editor.changeStatus(id, opened, OfferStatus.PUBLISHED)).isEqualTo(new EditOutcome.Conflict());
        assertThat(editor.find(id).summary().zh()).isEqualTo("第一位编辑的介绍");
        assertThat(editor.find(id).summary().en()).isEqualTo("First editor");
        assertThat(auditOf(admin)).extracting(row -> row.get("action")).containsExactly("OFFER_CREATED", "OFFER_CHANGED");
        assertThat(auditOf(admin).get(1).get("detail")).isEqualTo("offer " + id + " COURSE: summary");

        var stored = editor.find(id);
        assertThat(editor.update(id, stored.version(), OfferEdit.of(stored)))
                .as("saving an untouched form stores nothing new")
                .isEqualTo(new EditOutcome.Saved(id, stored.version(), OfferStatus.DRAFT));
        assertThat(auditOf(admin)).hasSize(2);
    }

    @Test
    void missing_chinese_texts_and_impossible_numbers_and_dates_are_problems_at_their_fields() {
        city();
        var edit = TestEdits.withText(TestEdits.withText(TestEdits.course("", County.DONGE, -1),
                OfferTextField.SUMMARY, "", "English only"), OfferTextField.COST, "免".repeat(301), "");
        var dates = new OfferEdit(edit.kind(), null, edit.county(), "", edit.texts(), "电话", 5, 1, 0, -1,
                edit.endsOn(), edit.startsOn(), edit.applicationsCloseOn(), edit.applicationsOpenFrom(), false, false,
                java.util.Set.of(), java.util.Set.of(), false);
        var outcome = editor.create(dates);
        assertThat(outcome).isInstanceOfSatisfying(EditOutcome.Invalid.class, invalid -> assertThat(invalid.problems())
                .extracting(p -> p.field() + " " + p.messageKey()).containsExactly(
                        "subtype offer.edit.error.subtype",
                        "title.zh offer.edit.error.required.title",
                        "summary.zh offer.edit.error.required.summary",
                        "summary.zh offer.edit.error.english-without-chinese",
                        "cost.zh offer.edit.error.too-long",
                        "contact-phone offer.edit.error.phone.format",
                        "plan-measure offer.edit.error.plan-measure",
                        "amount-max offer.edit.error.amount.order",
                        "space offer.edit.error.space",
                        "seats-total offer.edit.error.negative",
                        "ends-on offer.edit.error.ends-on.order",
                        "applications-close-on offer.edit.error.close-on.order",
                        "suitable-for offer.edit.error.suitable-for"));
        assertThat(editor.list(null, null)).extracting(OfferRow::title).noneMatch(t -> t.zh().isEmpty());
    }

    @Test
    void english_is_optional_and_kept_when_given() {
        city();
        var edit = TestEdits.withText(TestEdits.course("盲人按摩 " + TestOffers.uniqueToken(), County.DONGE, 10),
                OfferTextField.TITLE, "盲人按摩培训", "Massage training for blind people");
        long id = created(edit);
        assertThat(editor.find(id).title().en()).isEqualTo("Massage training for blind people");
        assertThat(editor.find(id).summary().en()).isNull();
    }

    @Test
    void a_sample_offer_stays_sample_until_its_editor_unmarks_it_and_a_new_offer_is_never_sample() {
        city();
        var offer = offers.offer("示例 " + TestOffers.uniqueToken()).county(County.DONGE).save();
        assertThat(offer.sample()).isTrue();
        long id = java.util.Objects.requireNonNull(offer.id());
        var changed = TestEdits.withText(OfferEdit.of(offer), OfferTextField.SUMMARY, "换成真实的介绍", "");
        assertThat(editor.update(id, offer.version(), changed)).isInstanceOf(EditOutcome.Saved.class);
        assertThat(editor.find(id).sample()).isTrue();
        assertThat(editor.find(id).status()).as("editing does not change the state").isEqualTo(OfferStatus.PUBLISHED);

        var unmarked = sample(OfferEdit.of(editor.find(id)), false);
        assertThat(editor.update(id, editor.find(id).version(), unmarked)).isInstanceOf(EditOutcome.Saved.class);
        assertThat(editor.find(id).sample()).isFalse();
        assertThat(editor.update(id, editor.find(id).version(), sample(unmarked, true))).isInstanceOf(EditOutcome.Saved.class);
        assertThat(editor.find(id).sample()).as("a real offer never becomes sample again").isFalse();

        long created = created(sample(TestEdits.course("新 " + TestOffers.uniqueToken(), County.DONGE, 10), true));
        assertThat(editor.find(created).sample()).isFalse();
    }

    @Test
    void seats_already_taken_stay_taken_when_the_total_changes() {
        city();
        // 30 seats, 10 left: 20 taken.
        var offer = offers.offer("名额 " + TestOffers.uniqueToken()).county(County.DONGE).seatsLeft(10).save();
        long id = java.util.Objects.requireNonNull(offer.id());
        var fewer = TestEdits.withSeats(OfferEdit.of(offer), 15);
        assertThat(editor.update(id, offer.version(), fewer)).isInstanceOfSatisfying(EditOutcome.Invalid.class,
                invalid -> assertThat(invalid.problems()).containsExactly(
                        new OfferProblem("seats-total", "offer.edit.error.seats.taken", List.of("20"))));
        assertThat(editor.update(id, offer.version(), TestEdits.withSeats(OfferEdit.of(offer), 40)))
                .isInstanceOf(EditOutcome.Saved.class);
        assertThat(editor.find(id).seatsTotal()).isEqualTo(40);
        assertThat(editor.find(id).seatsLeft()).isEqualTo(20);
    }

    private static OfferEdit sample(OfferEdit edit, boolean sample) {
        return new OfferEdit(edit.kind(), edit.subtype(), edit.county(), edit.planMeasure(), edit.texts(),
                edit.contactPhone(), edit.amountMinYuan(), edit.amountMaxYuan(), edit.spaceSqm(), edit.seatsTotal(),
                edit.startsOn(), edit.endsOn(), edit.applicationsOpenFrom(), edit.applicationsCloseOn(),
                edit.suitsRural(), edit.suitsGraduates(), edit.suitableFor(), edit.accessibility(), sample);
    }
}
