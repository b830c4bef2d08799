package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.DocumentInfo;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Document answers: who may put an id there, who may see the file, and swapped ids. */
@SpringBootTest
class ApplicationDocumentsTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private cn.liaocheng.jobs.catalogue.Offer loan() {
        return offers.offer(token + " 创业担保贷款").subtype(OfferSubtype.GUARANTEED_STARTUP).loanUpTo(300_000).save();
    }

    private String answer(long id, String questionId) {
        return applications.find(id).orElseThrow().application().answers().text(questionId);
    }

    @Test
    void an_uploaded_certificate_photo_is_kept_as_the_answer_and_shown_by_name() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = drafts.draft(me, person.personId(), loan());
        var photo = drafts.upload(me, "残疾人证.png");

        var saved = applications.save(id, drafts.version(id), "certificate",
                Answers.none().with("certificate-photo", photo.toString()));

        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(answer(id, "certificate-photo")).isEqualTo(photo.toString());
        assertThat(applications.document(id, photo)).map(DocumentInfo::displayName).contains("残疾人证.png");
        assertThat(applications.openDocument(id, photo)).isPresent();
    }

    @Test
    void a_document_id_from_someone_elses_application_typed_into_a_save_is_dropped_and_stays_invisible() {
        var victim = accounts.applicant("李娜");
        var victimsPerson = people.self(victim);
        var offer = loan();
        long victimsApplication = drafts.draft(victim, victimsPerson.personId(), offer);
        var victimsPhoto = drafts.upload(victim, "李娜残疾人证.png");
        applications.save(victimsApplication, drafts.version(victimsApplication), "certificate",
                Answers.none().with("certificate-photo", victimsPhoto.toString()));

        var attacker = accounts.applicant("赵六");
        var attackersPerson = people.self(attacker);
        long attackersApplication = drafts.draft(attacker, attackersPerson.personId(), offer);
        var saved = applications.save(attackersApplication, drafts.version(attackersApplication), "certificate",
                Answers.none().with("certificate-photo", victimsPhoto.toString()));

        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(answer(attackersApplication, "certificate-photo")).isEmpty();
        assertThat(applications.document(attackersApplication, victimsPhoto)).isEmpty();
        assertThat(applications.openDocument(attackersApplication, victimsPhoto)).isEmpty();
        assertThat(applications.document(victimsApplication, victimsPhoto)).isEmpty();
    }

    @Test
    void a_swapped_id_never_replaces_the_document_already_answered() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = drafts.draft(me, person.personId(), loan());
        var mine = drafts.upload(me, "证件.png");
        applications.save(id, drafts.version(id), "certificate", Answers.none().with("certificate-photo", mine.toString()));
        var someoneElses = drafts.upload(accounts.applicant("李娜"), "别人的.png");

        TestAccounts.signIn(me);
        applications.save(id, drafts.version(id), "certificate",
                Answers.none().with("certificate-photo", someoneElses.toString()));
        applications.save(id, drafts.version(id), "certificate", Answers.none().with("certificate-photo", "../证件.png"));

        assertThat(answer(id, "certificate-photo")).isEqualTo(mine.toString());
    }

    @Test
    void a_document_the_application_does_not_refer_to_is_not_found_through_it() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = drafts.draft(me, person.personId(), loan());
        var loose = drafts.upload(me, "另一个.png");

        assertThat(applications.document(id, loose)).isEmpty();
        assertThat(applications.document(id, UUID.randomUUID())).isEmpty();
    }

    @Test
    void the_person_sees_what_their_helper_uploaded_and_keeps_it_when_saving_the_step_again() {
        var father = accounts.applicant("王建国");
        var fathersPerson = people.self(father);
        var daughter = accounts.applicant("王芳");
        people.addHelper(fathersPerson.personId(), daughter, Relationship.DAUGHTER, true);
        long id = drafts.draft(daughter, fathersPerson.personId(), loan());
        var plan = drafts.upload(daughter, "经营计划.pdf.png");
        applications.save(id, drafts.version(id), "plan", Answers.none().with("business-plan", "开小卖部")
                .with("business-plan-document", plan.toString()));

        TestAccounts.signIn(father);
        assertThat(applications.document(id, plan)).map(DocumentInfo::displayName).contains("经营计划.pdf.png");
        assertThat(applications.openDocument(id, plan)).isPresent();
        applications.save(id, drafts.version(id), "plan", Answers.none().with("business-plan", "开小卖部和修车")
                .with("business-plan-document", plan.toString()));
        assertThat(answer(id, "business-plan-document")).isEqualTo(plan.toString());

        applications.save(id, drafts.version(id), "plan", Answers.none().with("business-plan", "开小卖部")
                .with("business-plan-document", ""));
        assertThat(answer(id, "business-plan-document")).isEmpty();
    }

    @Test
    void a_complete_loan_application_with_its_certificate_photo_can_be_sent() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = drafts.completeDraft(me, person.personId(), loan());

        assertThat(applications.submit(id, drafts.version(id))).isInstanceOf(SubmitOutcome.Submitted.class);
        var photo = UUID.fromString(answer(id, "certificate-photo"));
        assertThat(applications.document(id, photo)).isPresent();
    }

    @Test
    void without_the_certificate_photo_the_loan_application_cannot_be_sent() {
        var me = accounts.applicant("张伟");
        var person = people.self(me);
        long id = drafts.completeDraft(me, person.personId(), loan());
        applications.save(id, drafts.version(id), "certificate", Answers.none().with("certificate-photo", ""));

        assertThat(applications.submit(id, drafts.version(id))).isEqualTo(new SubmitOutcome.Incomplete("certificate"));
    }
}
