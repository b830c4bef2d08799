package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Drafts, submission and access on the embedded PostgreSQL. */
@SpringBootTest
@RecordApplicationEvents
class ApplicationServiceTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications testApplications;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_new_draft_is_pre_filled_from_the_profile() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        var offer = offers.offer(token + " 大棚蔬菜").subtype(OfferSubtype.AGRICULTURAL).save();

        long id = testApplications.draft(me, person.personId(), offer);

        var answers = applications.find(id).orElseThrow().application().answers();
        assertThat(answers.text("county")).isEqualTo("SHENXIAN");
        assertThat(answers.text("township")).isEqualTo("燕店镇");
        assertThat(answers.text("household")).isEqualTo("RURAL");
        assertThat(answers.text("education")).isEqualTo("JUNIOR_SECONDARY");
        assertThat(answers.text("contact-preference")).isEqualTo("SMS");
        assertThat(answers.values("support-needs")).containsExactly("STEP_FREE");
        assertThat(answers.text("phone")).isEqualTo(me.phoneNumber());
    }

    @Autowired Prefiller prefiller;

    @Test
    void where_the_profile_is_silent_the_offer_pre_fills_the_county_and_nothing_else_is_guessed() {
        var offer = offers.offer(token).county(cn.liaocheng.jobs.shared.County.GUANXIAN).save();
        var facts = new cn.liaocheng.jobs.profile.ApplicantFacts(1L, "张伟", "", null, null, null, null, null, null,
                null, cn.liaocheng.jobs.profile.ContactPreference.PHONE_CALL, java.util.Set.of(), null);

        var answers = prefiller.answers(Forms.forOffer(offer), facts, offer);

        assertThat(answers.asMap()).containsOnlyKeys("county", "contact-preference", "support-needs");
        assertThat(answers.text("county")).isEqualTo("GUANXIAN");
        assertThat(answers.text("contact-preference")).isEqualTo("PHONE_CALL");
        assertThat(answers.values("support-needs")).isEmpty();
    }

    @Test
    void applying_again_for_the_same_offer_resumes_the_draft_at_the_step_where_it_was_left() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        var offer = offers.offer(token).save();
        long id = testApplications.draft(me, person.personId(), offer);
        applications.save(id, testApplications.version(id), "experience",
                Answers.none().with("worked-before", Answers.YES));

        var again = applications.start(offer.slug(), person.personId());

        assertThat(again).isEqualTo(new StartOutcome.Started(id, "experience"));
    }

    @Test
    void a_closed_offer_takes_no_new_drafts() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        TestAccounts.signIn(me);

        assertThat(applications.start(offers.offer(token).closed().save().slug(), person.personId()))
                .isInstanceOf(StartOutcome.OfferClosed.class);
    }

    @Test
    void a_step_is_saved_as_typed_even_when_invalid_and_only_its_own_questions_are_taken() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        var offer = offers.offer(token).subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(300_000).save();
        long id = testApplications.draft(me, person.personId(), offer);

        var outcome = applications.save(id, testApplications.version(id), "amount",
                Answers.none().with("loan-amount", "五万").with("county", "GUANXIAN"));

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        var answers = applications.find(id).orElseThrow().application().answers();
        assertThat(answers.text("loan-amount")).isEqualTo("五万");
        assertThat(answers.text("county")).isEqualTo("SHENXIAN");
        assertThat(applications.find(id).orElseThrow().application().currentStep()).isEqualTo("amount");
    }

    @Test
    void a_save_from_an_older_page_is_refused_instead_of_overwriting_newer_answers() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.draft(me, person.personId(), offers.offer(token).save());
        int opened = testApplications.version(id);
        applications.save(id, opened, "goal", Answers.none().with("training-goal", "FIND_JOB"));

        var second = applications.save(id, opened, "goal", Answers.none().with("training-goal", "OTHER"));

        assertThat(second).isInstanceOf(SaveOutcome.Conflict.class);
        assertThat(applications.find(id).orElseThrow().application().answers().text("training-goal")).isEqualTo("FIND_JOB");
    }

    @Test
    void submitting_gives_a_reference_number_records_who_submitted_and_writes_the_history() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.completeDraft(me, person.personId(), offers.offer(token).save());

        var outcome = applications.submit(id, testApplications.version(id));

        var reference = ((SubmitOutcome.Submitted) outcome).reference();
        assertThat(reference).matches("LC-" + Year.now().getValue() + "-\\d{6}");
        var application = applications.find(id).orElseThrow().application();
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.reference()).isEqualTo(reference);
        assertThat(application.submittedBy()).isEqualTo(new Application.Submitter(me.accountId(), "张伟", null));
        assertThat(applications.history(id)).extracting(StatusChange::from, StatusChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED));
        assertThat(events.stream(ApplicationSubmitted.class)).extracting(ApplicationSubmitted::applicationId).contains(id);
    }

    @Test
    void answers_to_questions_no_longer_shown_are_not_sent() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.completeDraft(me, person.personId(), offers.offer(token).save());
        applications.save(id, testApplications.version(id), "experience",
                Answers.none().with("worked-before", Answers.YES).with("last-job", "理货员"));
        applications.save(id, testApplications.version(id), "experience",
                Answers.none().with("worked-before", Answers.NO).with("last-job", "理货员"));

        applications.submit(id, testApplications.version(id));

        assertThat(applications.find(id).orElseThrow().application().answers().isAnswered("last-job")).isFalse();
    }

    @Test
    void submitting_twice_gives_the_same_reference_and_one_application() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.completeDraft(me, person.personId(), offers.offer(token).save());
        int version = testApplications.version(id);

        var first = (SubmitOutcome.Submitted) applications.submit(id, version);
        var second = applications.submit(id, version);

        assertThat(second).isEqualTo(new SubmitOutcome.AlreadySubmitted(first.reference()));
        assertThat(historyRows(id)).isEqualTo(1);
    }

    @Test
    void two_tabs_submitting_at_the_same_moment_create_one_application() throws Exception {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.completeDraft(me, person.personId(), offers.offer(token).save());
        int version = testApplications.version(id);
        var ready = new CountDownLatch(1);
        Callable<SubmitOutcome> tab = () -> {
            TestAccounts.signIn(me);
            ready.await();
            try {
                return applications.submit(id, version);
            } finally {
                TestAccounts.signOut();
            }
        };
        var outcomes = new ArrayList<SubmitOutcome>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = List.of(pool.submit(tab), pool.submit(tab), pool.submit(tab), pool.submit(tab));
            ready.countDown();
            for (var future : futures) {
                outcomes.add(future.get());
            }
        }

        assertThat(outcomes).filteredOn(SubmitOutcome.Submitted.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(SubmitOutcome.AlreadySubmitted.class::isInstance).hasSize(3);
        assertThat(outcomes.stream().map(o -> o instanceof SubmitOutcome.Submitted s ? s.reference()
                : ((SubmitOutcome.AlreadySubmitted) o).reference()).distinct()).hasSize(1);
        assertThat(historyRows(id)).isEqualTo(1);
    }

    @Test
    void an_incomplete_draft_is_sent_back_to_the_step_that_needs_an_answer() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.draft(me, person.personId(), offers.offer(token).save());

        assertThat(applications.submit(id, testApplications.version(id)))
                .isEqualTo(new SubmitOutcome.Incomplete("experience"));
    }

    @Test
    void a_helper_records_who_submitted_for_whom() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, true);
        long id = testApplications.completeDraft(daughter, father.personId(), offers.offer(token).save());

        applications.submit(id, testApplications.version(id));

        var application = applications.find(id).orElseThrow();
        assertThat(application.application().submittedBy())
                .isEqualTo(new Application.Submitter(daughter.accountId(), "王芳", "DAUGHTER"));
        assertThat(application.personName()).isEqualTo("王建国");
    }

    @Test
    void a_helper_whose_consent_is_awaited_can_fill_in_everything_but_not_submit() {
        var daughter = accounts.applicant("王芳");
        var father = people.helpedBy(daughter, Relationship.DAUGHTER, false);
        long id = testApplications.completeDraft(daughter, father.personId(), offers.offer(token).save());

        assertThat(applications.submit(id, testApplications.version(id))).isInstanceOf(SubmitOutcome.ConsentAwaited.class);
        assertThat(applications.find(id).orElseThrow().application().isDraft()).isTrue();
    }

    @Test
    void another_applicant_cannot_see_change_or_submit_the_draft() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.completeDraft(me, person.personId(), offers.offer(token).save());
        int version = testApplications.version(id);

        var stranger = accounts.applicant("李四");
        people.self(stranger);
        TestAccounts.signIn(stranger);

        assertThat(applications.find(id)).isEmpty();
        assertThat(applications.mine()).extracting(a -> a.application().id()).doesNotContain(id);
        assertThatThrownBy(() -> applications.save(id, version, "goal", Answers.none()))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.submit(id, version)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.history(id)).isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.start(offers.offer(token).save().slug(), person.personId()))
                .isInstanceOf(StartOutcome.NotFound.class);
    }

    @Test
    void a_helper_of_someone_else_and_a_signed_out_visitor_see_nothing() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = testApplications.draft(me, person.personId(), offers.offer(token).save());

        var otherHelper = accounts.applicant("赵六");
        people.helpedBy(otherHelper, Relationship.SON, true);
        TestAccounts.signIn(otherHelper);
        assertThat(applications.find(id)).isEmpty();

        TestAccounts.signOut();
        assertThat(applications.find(id)).isEmpty();
        assertThat(applications.mine()).isEmpty();
        assertThatThrownBy(() -> applications.submit(id, 0)).isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void a_withdrawn_helper_no_longer_finds_the_draft_they_started_nor_its_documents() {
        var person = accounts.applicant("王建国");
        people.self(person);
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(person);
        // The person has their own account and adds the daughter as a helper through the test support.
        long personId = applicationsPersonId(person);
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = testApplications.completeDraft(daughter, personId,
                offers.offer(token).subtype(OfferSubtype.PUBLIC_WELFARE_POST).save());
        var photo = java.util.UUID.fromString(applications.find(id).orElseThrow().application().answers()
                .text("certificate-photo"));
        people.withdraw(person, daughter);
        int version = testApplications.version(person, id);

        TestAccounts.signIn(daughter);
        assertThat(applications.find(id)).isEmpty();
        assertThat(applications.mine()).extracting(a -> a.application().id()).doesNotContain(id);
        assertThat(applications.document(id, photo)).isEmpty();
        assertThat(applications.openDocument(id, photo)).isEmpty();
        assertThatThrownBy(() -> applications.history(id)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.save(id, version, "hardship", Answers.none()))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.submit(id, version)).isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void the_person_keeps_full_use_of_a_draft_their_withdrawn_helper_started() {
        var person = accounts.applicant("王建国");
        people.self(person);
        var daughter = accounts.applicant("王芳");
        long personId = applicationsPersonId(person);
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = testApplications.completeDraft(daughter, personId,
                offers.offer(token).subtype(OfferSubtype.PUBLIC_WELFARE_POST).save());
        people.withdraw(person, daughter);

        TestAccounts.signIn(person);
        var details = applications.find(id).orElseThrow();
        var photo = java.util.UUID.fromString(details.application().answers().text("certificate-photo"));
        assertThat(applications.document(id, photo)).isPresent();
        assertThat(applications.mine()).extracting(a -> a.application().id()).contains(id);
        var saved = applications.save(id, details.application().version(), "hardship",
                Answers.none().with("hardship-certified", Answers.YES));
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(applications.submit(id, testApplications.version(id))).isInstanceOf(SubmitOutcome.Submitted.class);
        assertThat(applications.find(id).orElseThrow().application().submittedBy().isHelper()).isFalse();
    }

    @Test
    void a_draft_whose_offer_closed_meanwhile_is_kept_but_not_sent() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        var offer = offers.offer(token).save();
        long id = testApplications.completeDraft(me, person.personId(), offer);
        jdbc.sql("update catalogue_offer set applications_open_from = current_date - 30, "
                + "applications_close_on = current_date - 1 where id = ?").param(offer.id()).update();

        assertThat(applications.submit(id, testApplications.version(id))).isInstanceOf(SubmitOutcome.OfferClosed.class);
        var after = applications.find(id).orElseThrow().application();
        assertThat(after.isDraft()).isTrue();
        assertThat(after.reference()).isNull();
        assertThat(after.answers().text("phone")).isEqualTo("13800000000");
        assertThat(historyRows(id)).isZero();
    }

    @Test
    void the_person_sees_applications_their_helper_made_for_them_and_the_helper_sees_them_too() {
        var person = accounts.applicant("王建国");
        people.self(person);
        var daughter = accounts.applicant("王芳");
        TestAccounts.signIn(person);
        long personId = applicationsPersonId(person);
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = testApplications.draft(daughter, personId, offers.offer(token).save());

        assertThat(applications.mine()).extracting(a -> a.application().id()).contains(id);
        TestAccounts.signIn(person);
        var mine = applications.mine();
        assertThat(mine).extracting(a -> a.application().id()).contains(id);
        assertThat(mine.stream().filter(a -> a.application().id() == id).findFirst().orElseThrow().forSelf()).isTrue();
    }

    private long applicationsPersonId(PortalUser person) {
        TestAccounts.signIn(person);
        return testProfilesOwnId();
    }

    @Autowired cn.liaocheng.jobs.profile.ProfileService profiles;

    private long testProfilesOwnId() {
        return profiles.ownPersonId().orElseThrow();
    }

    private int historyRows(long id) {
        return jdbc.sql("select count(*) from applications_status_change where application_id = ?").param(id)
                .query(Integer.class).single();
    }
}
