package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.TestDocuments;
import cn.liaocheng.jobs.personaldata.TestFamilies;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.SensitiveDataDeleted;
import cn.liaocheng.jobs.profile.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What applications do when the person withdraws a helper or has their sensitive data deleted, through profile; the
 * files go through the documents capability.
 */
@SpringBootTest
class ProfileChangesListenerTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired ProfileService profiles;
    @Autowired HelpingService helping;
    @Autowired TestFamilies families;
    @Autowired TestDocuments files;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_withdrawn_helper_loses_the_notifications_about_the_persons_applications() {
        var father = accounts.applicant("王建国");
        long personId = people.self(father).personId();
        var daughter = accounts.applicant("王芳");
        people.addHelper(personId, daughter, Relationship.DAUGHTER, true);
        long id = drafts.completeDraft(daughter, personId, offers.offer(token).save());
        applications.submit(id, drafts.version(id));
        TestAccounts.signIn(accounts.create("县残联 刘老师", Role.CASEWORKER));
        applications.changeStatus(id, ApplicationStatus.IN_REVIEW, null);
        TestAccounts.signIn(daughter);
        assertThat(applications.notifications()).extracting(Notification::applicationId).contains(id);

        TestAccounts.signIn(father);
        assertThat(helping.withdraw(people.helpId(personId, daughter))).isTrue();

        TestAccounts.signIn(daughter);
        assertThat(applications.notifications()).extracting(Notification::applicationId).doesNotContain(id);
        assertThat(applications.find(id)).isEmpty();
        TestAccounts.signIn(father);
        assertThat(applications.notifications()).extracting(Notification::applicationId).contains(id);
    }

    @Test
    void after_sensitive_data_is_deleted_sent_applications_are_kept_and_flagged_and_drafts_lose_health_answers() {
        var me = accounts.applicant("张伟");
        long personId = people.self(me).personId();
        long sent = drafts.completeDraft(me, personId, offers.offer(token + " 公益性岗位")
                .subtype(OfferSubtype.PUBLIC_WELFARE_POST).save());
        applications.submit(sent, drafts.version(sent));
        long draft = drafts.completeDraft(me, personId, offers.offer(token + " 培训").save());
        applications.save(draft, drafts.version(draft), "support",
                Answers.none().with("support-needs", java.util.List.of("STEP_FREE")).with("other-needs", "需要轮椅通道"));
        assertThat(applications.find(sent).orElseThrow().application().sensitiveDataDeletedAt()).isNull();

        TestAccounts.signIn(me);
        assertThat(profiles.deleteSensitiveData()).isTrue();

        var record = applications.find(sent).orElseThrow().application();
        assertThat(record.sensitiveDataDeletedAt()).isNotNull();
        assertThat(record.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(record.answers().isAnswered("certificate-photo")).isTrue();
        var kept = applications.find(draft).orElseThrow().application();
        assertThat(kept.sensitiveDataDeletedAt()).isNull();
        assertThat(kept.answers().isAnswered("support-needs")).isFalse();
        assertThat(kept.answers().isAnswered("other-needs")).isFalse();
        assertThat(kept.answers().text("phone")).isEqualTo("13800000000");
    }

    @Test
    void deleting_sensitive_data_deletes_the_files_not_in_a_sent_application_and_keeps_those_of_others() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());

        assertThat(profiles.deleteSensitiveData()).isTrue();

        assertThat(files.fileExists(family.daughtersPhoto())).as("in his draft, uploaded by his daughter").isFalse();
        assertThat(files.fileExists(family.unusedPhoto())).as("uploaded by him, in no application").isFalse();
        assertThat(files.fileExists(family.certificatePhoto())).as("part of a sent application").isTrue();
        assertThat(files.fileExists(family.photoForMother())).as("part of his mother's draft").isTrue();
        assertThat(jdbc.sql("select count(*) from documents_document where id in (?, ?) and deleted_at is not null")
                .params(family.daughtersPhoto(), family.unusedPhoto()).query(Long.class).single()).isEqualTo(2);
        assertThat(applications.find(family.draft()).orElseThrow().application().answers()
                .isAnswered("certificate-photo")).isFalse();
        TestAccounts.signIn(family.daughter());
        assertThat(applications.document(family.draft(), family.daughtersPhoto())).isEmpty();
        TestAccounts.signIn(family.me());
        assertThat(applications.document(family.first(), family.certificatePhoto())).isPresent();
        assertThat(applications.find(family.mothersDraft()).orElseThrow().application().answers()
                .text("certificate-photo")).isEqualTo(family.photoForMother().toString());
    }

    @Test
    void sensitive_data_is_deleted_only_in_the_persons_own_request() {
        var me = accounts.applicant("张伟");
        long personId = people.self(me).personId();
        TestAccounts.signIn(accounts.applicant("赵六"));

        assertThatThrownBy(() -> events.publishEvent(new SensitiveDataDeleted(personId)))
                .isInstanceOf(IllegalStateException.class);
    }
}
