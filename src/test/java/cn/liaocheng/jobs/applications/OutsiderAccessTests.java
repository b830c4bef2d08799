package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.accounts.VerificationChannel.Delivery;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.profile.AddOutcome;
import cn.liaocheng.jobs.profile.ConfirmOutcome;
import cn.liaocheng.jobs.profile.ConsentCodeOutcome;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.NewPerson;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.SubmitPermission;
import cn.liaocheng.jobs.profile.TestPeople;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every service method that takes a person, application, draft, document or helper-link id, tried by every kind of
 * outsider against a person who has a profile, a submitted application with a certificate photo, a draft, a helper
 * they agreed to and a helper they withdrew. The outsiders find nothing, change nothing, and cannot tell the person
 * from someone who does not exist. A helper awaiting consent sees what they typed and the drafts they started, and
 * nothing of the person's own.
 */
@SpringBootTest
class OutsiderAccessTests {

    enum Outsider {
        ANOTHER_APPLICANT, HELPER_BEFORE_CONSENT, WITHDRAWN_HELPER, STAFF, SIGNED_OUT
    }

    @Autowired ApplicationService applications;
    @Autowired ProfileService profiles;
    @Autowired HelpingService helping;
    @Autowired DocumentService documents;
    @Autowired TestApplications testApplications;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;

    private final String token = TestOffers.uniqueToken();
    private PortalUser person;
    private long personId;
    private long submitted;
    private long draft;
    private UUID photo;
    private Offer draftOffer;
    private long consentedHelpId;
    private PortalUser withdrawn;
    private long withdrawnHelpersDraft;
    private PortalUser pending;
    private long pendingHelpId;

    @BeforeEach
    void aPersonWithApplicationsAndHelpers() {
        person = accounts.applicant("王建国");
        personId = people.self(person).personId();

        var consented = accounts.applicant("王芳");
        people.addHelper(personId, consented, Relationship.DAUGHTER, true);
        consentedHelpId = people.helpId(personId, consented);

        withdrawn = accounts.applicant("王强");
        people.addHelper(personId, withdrawn, Relationship.SON, true);
        withdrawnHelpersDraft = testApplications.draft(withdrawn, personId, offers.offer(token + " 盲人按摩").save());
        people.withdraw(person, withdrawn);

        // A stranger asks to help the person, typing the person's real name and phone: the dangerous case, since the
        // request joins the person's own record.
        pending = accounts.applicant("陌生人");
        TestAccounts.signIn(pending);
        var added = (AddOutcome.Added) helping.addPerson(new NewPerson(person.displayName(), Relationship.OTHER,
                new PhoneNumber(person.phoneNumber()), false, null, null));
        assertThat(added.personId()).as("the request joined the person's record").isEqualTo(personId);
        pendingHelpId = added.helpId();

        // Submitted after the stranger's request, so that a notification would have reached them.
        var post = offers.offer(token + " 公益性岗位").subtype(OfferSubtype.PUBLIC_WELFARE_POST).save();
        submitted = testApplications.completeDraft(person, personId, post);
        photo = UUID.fromString(applications.find(submitted).orElseThrow().application().answers()
                .text("certificate-photo"));
        assertThat(applications.submit(submitted, testApplications.version(submitted)))
                .isInstanceOf(SubmitOutcome.Submitted.class);
        draftOffer = offers.offer(token + " 农村实用技术").subtype(OfferSubtype.AGRICULTURAL).save();
        draft = testApplications.draft(person, personId, draftOffer);
        TestAccounts.signOut();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void become(Outsider outsider) {
        switch (outsider) {
            case ANOTHER_APPLICANT -> {
                var stranger = accounts.applicant("李四");
                people.self(stranger);
                TestAccounts.signIn(stranger);
            }
            case HELPER_BEFORE_CONSENT -> TestAccounts.signIn(pending);
            case WITHDRAWN_HELPER -> TestAccounts.signIn(withdrawn);
            case STAFF -> TestAccounts.signIn(accounts.create("东阿县残联", Role.CASEWORKER));
            case SIGNED_OUT -> TestAccounts.signOut();
        }
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void an_outsider_reads_no_application_answer_document_history_or_notification(Outsider outsider) {
        become(outsider);

        for (long id : new long[] {submitted, draft, withdrawnHelpersDraft}) {
            assertThat(applications.find(id)).as("find %d", id).isEmpty();
            assertThatThrownBy(() -> applications.history(id)).isInstanceOf(ApplicationNotFoundException.class);
        }
        assertThat(applications.mine()).extracting(a -> a.application().id())
                .doesNotContain(submitted, draft, withdrawnHelpersDraft);
        assertThat(applications.notifications()).extracting(Notification::applicationId)
                .doesNotContain(submitted, draft, withdrawnHelpersDraft);
        assertThat(applications.document(submitted, photo)).isEmpty();
        assertThat(applications.openDocument(submitted, photo)).isEmpty();
        assertThat(documents.info(photo)).isEmpty();
        assertThat(documents.open(photo)).isEmpty();
        assertThat(documents.delete(photo)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void an_outsider_changes_no_draft_and_sends_nothing(Outsider outsider) {
        int draftVersion = testApplications.version(person, draft);
        int submittedVersion = testApplications.version(person, submitted);
        become(outsider);

        assertThatThrownBy(() -> applications.save(draft, draftVersion, "goal",
                Answers.none().with("training-goal", "陌生人写的"))).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.submit(draft, draftVersion))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.submit(submitted, submittedVersion))
                .isInstanceOf(ApplicationNotFoundException.class);

        TestAccounts.signIn(person);
        assertThat(testApplications.version(draft)).as("the draft is untouched").isEqualTo(draftVersion);
        assertThat(documents.info(photo)).as("the photo is still there").isPresent();
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void an_outsider_learns_nothing_of_the_person_and_cannot_act_on_their_helpers(Outsider outsider) {
        become(outsider);

        if (outsider == Outsider.HELPER_BEFORE_CONSENT) {
            assertOnlyWhatWasTyped();
        } else {
            assertThat(profiles.find(personId)).isEmpty();
            assertThat(profiles.facts(personId)).isEmpty();
            assertThat(profiles.submitPermission(personId)).isEqualTo(new SubmitPermission.None());
            assertThat(applications.start(draftOffer.slug(), personId)).isInstanceOf(StartOutcome.NotFound.class);
            assertThat(helping.helping(pendingHelpId)).isEmpty();
            assertThat(helping.sendConsentCode(pendingHelpId, Delivery.SMS)).isEqualTo(new ConsentCodeOutcome.NotFound());
            assertThat(helping.confirmByCode(pendingHelpId, "123456")).isEqualTo(new ConfirmOutcome.NotFound());
        }
        assertThat(profiles.peopleICanApplyFor()).extracting(p -> p.name()).doesNotContain("王芳", "王强");
        assertThat(helping.helping(consentedHelpId)).isEmpty();
        assertThat(helping.myHelper(consentedHelpId)).isEmpty();
        assertThat(helping.myHelper(pendingHelpId)).isEmpty();
        assertThat(helping.withdraw(consentedHelpId)).isFalse();
        assertThat(helping.sendConsentCode(consentedHelpId, Delivery.SMS)).isEqualTo(new ConsentCodeOutcome.NotFound());

        TestAccounts.signIn(person);
        assertThat(helping.myHelpers()).extracting(h -> h.helpId()).contains(consentedHelpId, pendingHelpId);
    }

    private void assertOnlyWhatWasTyped() {
        assertThat(profiles.submitPermission(personId)).isEqualTo(new SubmitPermission.AwaitingConsent(Relationship.OTHER));
        var facts = profiles.facts(personId).orElseThrow();
        assertThat(facts.name()).isEqualTo(person.displayName());
        assertThat(facts.phone()).isEqualTo(new PhoneNumber(person.phoneNumber()));
        assertThat(facts.maskedResidentId()).isEmpty();
        assertThat(facts.category()).isNull();
        assertThat(facts.grade()).isNull();
        assertThat(facts.county()).isNull();
        assertThat(facts.township()).isNull();
        assertThat(facts.household()).isNull();
        assertThat(facts.education()).isNull();
        assertThat(facts.supportNeeds()).isEmpty();

        // Applying for the person starts the stranger's own draft, pre-filled with nothing of the person's.
        var started = (StartOutcome.Started) applications.start(draftOffer.slug(), personId);
        assertThat(started.applicationId()).isNotEqualTo(draft);
        var own = applications.find(started.applicationId()).orElseThrow();
        assertThat(own.application().answers().text("township")).isEmpty();
        assertThat(own.application().answers().values("support-needs")).isEmpty();
        assertThat(applications.mine()).extracting(a -> a.application().id()).containsExactly(started.applicationId());
        assertThat(applications.save(started.applicationId(), own.application().version(), "goal",
                Answers.none().with("training-goal", "学技术"))).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(applications.submit(started.applicationId(), testApplications.version(started.applicationId())))
                .isInstanceOf(SubmitOutcome.ConsentAwaited.class);
    }
}
