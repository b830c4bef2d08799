package cn.liaocheng.jobs.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.KeptApplications;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.TestDocuments;
import cn.liaocheng.jobs.profile.ProfileService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting an account removes exactly what the confirmation page says, in one go: each part is looked up in its
 * table (and the files on disk) afterwards. The tables are read directly here, on purpose: a test must see what the
 * services would hide.
 */
@SpringBootTest
class AccountDeletionTests {

    @Autowired PersonalDataService personalData;
    @Autowired TestAccounts accounts;
    @Autowired TestFamilies families;
    @Autowired ApplicationService applications;
    @Autowired ProfileService profiles;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TestDocuments files;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void the_page_can_say_how_many_sent_applications_are_kept_and_until_which_year() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());

        assertThat(personalData.keptIfAccountDeleted())
                .isEqualTo(new KeptApplications(2, LocalDate.now(clock).getYear() + 5));
        TestAccounts.signIn(family.daughter());
        assertThat(personalData.keptIfAccountDeleted()).isEqualTo(new KeptApplications(0, null));
    }

    @Test
    void deleting_the_account_removes_profile_drafts_unused_files_helper_links_notifications_and_waiting_messages() {
        var family = families.everything(token);
        var me = family.me();
        TestAccounts.signIn(me);

        assertThat(personalData.deleteMyAccount()).isInstanceOf(AccountDeletionOutcome.Deleted.class);

        // The account row stays, anonymous.
        assertThat(count("select count(*) from accounts_account where id = ? and phone_number is null"
                + " and display_name is null and password_hash is null and deleted_at is not null", me.accountId()))
                .isOne();
        // The profile, and both kinds of helper links.
        assertThat(count("select count(*) from profile_person where id = ?", family.personId())).isZero();
        assertThat(count("select count(*) from profile_helper where person_id = ? or helper_account_id = ?",
                family.personId(), me.accountId())).isZero();
        // Drafts: his own (started by his daughter), and the one for the neighbour who never agreed, with her record.
        assertThat(exists(family.draft())).isFalse();
        assertThat(exists(family.neighboursDraft())).isFalse();
        assertThat(count("select count(*) from profile_person where id = ?", family.neighbour().personId())).isZero();
        // His mother agreed: her record and the draft he started for her stay hers.
        assertThat(exists(family.mothersDraft())).isTrue();
        assertThat(count("select count(*) from profile_person where id = ?", family.mother().personId())).isOne();
        // Sent applications stay as the record, with his name and the time, and their history.
        assertThat(jdbc.sql("select applicant_name from applications_application where id in (?, ?)"
                + " and person_deleted_at is not null").params(family.first(), family.second()).query(String.class)
                .list()).containsExactly("李明", "李明");
        assertThat(count("select count(*) from applications_status_change where application_id = ?", family.first()))
                .isEqualTo(3);
        // Nobody is notified about his applications any more, and his own notifications are gone.
        assertThat(count("select count(*) from applications_notification n join applications_application a"
                + " on a.id = n.application_id where a.person_id = ?", family.personId())).isZero();
        assertThat(count("select count(*) from applications_notification where account_id = ?", me.accountId()))
                .isZero();
        // Messages: what waited goes; what was sent stays with the record.
        assertThat(count("select count(*) from messages_outgoing where person_id = ? and status = 'QUEUED'",
                family.personId())).isZero();
        assertThat(count("select count(*) from messages_outgoing where person_id = ? and status = 'SENT'",
                family.personId())).isEqualTo(4);
        // Files: the photo in a sent application stays; the draft's photo (uploaded by his daughter) and the unused
        // one go, file and all; the photo he uploaded for his mother is part of her draft and stays.
        assertThat(deleted(family.certificatePhoto())).isFalse();
        assertThat(deleted(family.daughtersPhoto())).isTrue();
        assertThat(deleted(family.unusedPhoto())).isTrue();
        assertThat(deleted(family.photoForMother())).isFalse();
        assertThat(files.fileExists(family.daughtersPhoto())).isFalse();
        assertThat(files.fileExists(family.unusedPhoto())).isFalse();
        assertThat(files.fileExists(family.certificatePhoto())).isTrue();
        assertThat(files.fileExists(family.photoForMother())).isTrue();
        // The old session sees nothing any more.
        assertThat(personalData.collect(Locale.SIMPLIFIED_CHINESE)).isEmpty();
        assertThat(profiles.ownProfile()).isEmpty();
    }

    @Test
    void the_daughter_loses_her_link_but_nothing_else_and_the_stranger_loses_nothing() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());
        personalData.deleteMyAccount();

        TestAccounts.signIn(family.daughter());
        assertThat(profiles.peopleICanApplyFor()).isEmpty();
        assertThat(applications.find(family.first())).isEmpty();
        assertThat(count("select count(*) from accounts_account where id = ? and deleted_at is null",
                family.daughter().accountId())).isOne();
        TestAccounts.signIn(family.stranger());
        assertThat(applications.find(family.strangersApplication())).isPresent();
        assertThat(personalData.collect(Locale.SIMPLIFIED_CHINESE).orElseThrow().documents()).hasSize(1);
    }

    @Test
    void a_status_change_on_a_kept_record_tells_nobody() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());
        personalData.deleteMyAccount();
        long before = count("select count(*) from messages_outgoing where application_id = ?", family.second());

        TestAccounts.signIn(familyStaff());
        applications.changeStatus(family.second(), ApplicationStatus.APPROVED, null);

        assertThat(count("select count(*) from messages_outgoing where application_id = ?", family.second()))
                .isEqualTo(before);
        assertThat(count("select count(*) from applications_notification where application_id = ?", family.second()))
                .isZero();
    }

    private PortalUser familyStaff() {
        return accounts.create("县残联 刘老师", Role.CASEWORKER);
    }

    private long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    private boolean exists(long applicationId) {
        return count("select count(*) from applications_application where id = ?", applicationId) == 1;
    }

    private boolean deleted(UUID document) {
        return count("select count(*) from documents_document where id = ? and deleted_at is not null", document) == 1;
    }
}
