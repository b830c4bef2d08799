package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.documents.TestDocuments;
import cn.liaocheng.jobs.personaldata.PersonalDataService;
import cn.liaocheng.jobs.personaldata.TestFamilies;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Sent applications of a deleted account are kept to the end of the fifth year after their last change, then go. */
@SpringBootTest
@RecordApplicationEvents
class ApplicationRetentionTests {

    @Autowired ApplicationRetention retention;
    @Autowired PersonalDataService personalData;
    @Autowired TestFamilies families;
    @Autowired TestDocuments files;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;

    private final String token = TestOffers.uniqueToken();

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_kept_record_goes_with_its_history_messages_and_files_once_its_fifth_year_is_over() {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());
        personalData.deleteMyAccount();
        TestAccounts.signOut();
        int thisYear = LocalDate.now(clock).getYear();
        lastChangedIn(family.first(), thisYear - 6);
        lastChangedIn(family.second(), thisYear - 5);

        retention.deleteExpiredRecords();

        assertThat(count("select count(*) from applications_application where id = ?", family.first())).isZero();
        assertThat(count("select count(*) from applications_status_change where application_id = ?", family.first()))
                .isZero();
        assertThat(count("select count(*) from messages_outgoing where application_id = ?", family.first())).isZero();
        assertThat(files.fileExists(family.certificatePhoto())).isFalse();
        assertThat(count("select count(*) from applications_application where id = ?", family.second()))
                .as("kept to the end of this year").isOne();
        assertThat(count("select count(*) from messages_outgoing where application_id = ?", family.second()))
                .isPositive();
    }

    @Test
    void when_two_instances_run_the_job_at_once_only_the_one_that_deleted_a_record_reports_it() throws Exception {
        var family = families.everything(token);
        TestAccounts.signIn(family.me());
        personalData.deleteMyAccount();
        TestAccounts.signOut();
        lastChangedIn(family.first(), LocalDate.now(clock).getYear() - 6);

        // The other instance: has deleted the record and not committed yet when this one's job reaches it. This
        // instance starts only once that delete has run; otherwise it may delete first and nobody ever waits.
        var otherHasDeleted = new CountDownLatch(1);
        var otherInstance = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from applications_application where id = ?").param(family.first()).update();
            otherHasDeleted.countDown();
            awaitSomeoneWaitingForALock();
        }));
        assertThat(otherHasDeleted.await(20, TimeUnit.SECONDS)).as("the other instance deleted the record").isTrue();
        retention.deleteExpiredRecords();
        otherInstance.get(30, TimeUnit.SECONDS);

        assertThat(events.stream(ApplicationsDeleted.class).flatMap(deleted -> deleted.applicationIds().stream()))
                .as("the record was deleted by the other instance").doesNotContain(family.first());
        assertThat(files.fileExists(family.certificatePhoto())).as("its files are the other instance's to delete")
                .isTrue();
    }

    @Test
    void applications_of_people_who_keep_their_account_are_not_touched() {
        var family = families.everything(token);
        lastChangedIn(family.strangersApplication(), LocalDate.now(clock).getYear() - 10);

        retention.deleteExpiredRecords();

        assertThat(count("select count(*) from applications_application where id = ?", family.strangersApplication()))
                .isOne();
    }

    @Test
    void the_year_counts_in_liaocheng() {
        var newYearsEveInLondon = LocalDate.of(2026, 12, 31).atTime(20, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant();
        assertThat(ApplicationRetention.keptUntilYear(newYearsEveInLondon)).isEqualTo(2032);
    }

    private void lastChangedIn(long applicationId, int year) {
        jdbc.sql("update applications_application set updated_at = make_timestamptz(?, 6, 1, 12, 0, 0, 'Asia/Shanghai')"
                + " where id = ?").params(year, applicationId).update();
    }

    private void awaitSomeoneWaitingForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'").query(Long.class)
                .single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("this instance's job never waited for the other one's delete");
            }
            Thread.onSpinWait();
        }
    }

    private long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }
}
