package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.Relationship;
import cn.liaocheng.jobs.profile.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What applications do when the person withdraws a helper or has their sensitive data deleted, through profile. */
@SpringBootTest
class ProfileChangesListenerTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired ProfileService profiles;
    @Autowired HelpingService helping;

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
        TestAccounts.signIn(accounts.create("县残联 刘老师", Role.STAFF));
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
}
