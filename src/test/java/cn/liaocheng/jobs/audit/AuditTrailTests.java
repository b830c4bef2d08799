package cn.liaocheng.jobs.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.FromAddress;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 操作记录: every entry says who (as they were named then), when, what, about which application and person, and from
 * which address; only staff write and read it, only administrators search it, and nobody changes it afterwards.
 */
@SpringBootTest
class AuditTrailTests {

    // Ids of applications and people that no other test uses; the trail takes ids as given.
    private static final AtomicLong NEXT_ID = new AtomicLong(900_000_000L + (long) (Math.random() * 1_000_000) * 10);

    @Autowired AuditTrail audit;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private PortalUser signedIn(String name, Role role) {
        var user = accounts.create(name, role);
        TestAccounts.signIn(user);
        return user;
    }

    @Test
    void an_entry_says_who_when_what_about_what_and_from_where() {
        var staff = signedIn("莘县残联 刘老师", Role.CASEWORKER);
        long application = NEXT_ID.incrementAndGet();
        long person = NEXT_ID.incrementAndGet();
        var before = clock.instant();

        FromAddress.call("203.0.113.7", () -> {
            audit.record(AuditedAction.ID_NUMBER_REVEALED, application, person, "");
            audit.record(AuditedAction.DOCUMENT_OPENED, application, person, "残疾证照片");
            return null;
        });

        assertThat(audit.forApplication(application)).satisfiesExactly(first -> {
            assertThat(first.actorAccountId()).isEqualTo(staff.accountId());
            assertThat(first.actorName()).isEqualTo("莘县残联 刘老师");
            assertThat(first.actorRole()).isEqualTo("CASEWORKER");
            assertThat(first.action()).isEqualTo(AuditedAction.ID_NUMBER_REVEALED);
            assertThat(first.applicationId()).isEqualTo(application);
            assertThat(first.personId()).isEqualTo(person);
            assertThat(first.detail()).isEmpty();
            assertThat(first.clientAddress()).isEqualTo("203.0.113.7");
            assertThat(first.occurredAt()).isBetween(before, clock.instant());
        }, second -> {
            assertThat(second.action()).isEqualTo(AuditedAction.DOCUMENT_OPENED);
            assertThat(second.detail()).isEqualTo("残疾证照片");
        });
    }

    @Test
    void a_whole_ipv6_address_is_kept_and_a_call_without_a_request_is_internal() {
        signedIn("刘老师", Role.CASEWORKER);
        long application = NEXT_ID.incrementAndGet();

        FromAddress.call("2001:db8:1:2:3:4:5:6", () -> {
            audit.record(AuditedAction.APPLICATION_OPENED, application, null, "");
            return null;
        });
        audit.record(AuditedAction.LIST_EXPORTED, application, null, "");

        assertThat(audit.forApplication(application)).extracting(AuditEntry::clientAddress)
                .containsExactly("2001:db8:1:2:3:4:5:6", "internal");
    }

    @Test
    void the_name_is_kept_as_it_was_when_the_entry_was_written() {
        var staff = signedIn("王老师", Role.CASEWORKER);
        long application = NEXT_ID.incrementAndGet();
        audit.record(AuditedAction.REVIEW_STARTED, application, null, "");

        jdbc.sql("update accounts_account set display_name = '王主任' where id = ?").param(staff.accountId()).update();

        assertThat(audit.forApplication(application)).singleElement()
                .satisfies(entry -> assertThat(entry.actorName()).isEqualTo("王老师"));
    }

    @Test
    void an_entry_belongs_to_the_callers_transaction_and_goes_when_it_rolls_back() {
        signedIn("刘老师", Role.CASEWORKER);
        long application = NEXT_ID.incrementAndGet();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            audit.record(AuditedAction.APPROVED, application, null, "");
            tx.setRollbackOnly();
        });

        assertThat(audit.forApplication(application)).isEmpty();
    }

    @Test
    void a_detail_with_a_number_or_too_long_is_refused_and_says_nothing_of_the_number() {
        signedIn("刘老师", Role.CASEWORKER);
        long application = NEXT_ID.incrementAndGet();

        assertThatThrownBy(() -> audit.record(AuditedAction.ID_NUMBER_REVEALED, application, null,
                "371502199001011234")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("371502199001011234");
        assertThatThrownBy(() -> audit.record(AuditedAction.ASSIGNED, application, null, "138 0013 8000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit.record(AuditedAction.ASSIGNED, application, null, "很".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        audit.record(AuditedAction.REVIEW_STARTED, application, null, "LC-2026-000123 SUBMITTED → IN_REVIEW");

        assertThat(audit.forApplication(application)).extracting(AuditEntry::detail)
                .containsExactly("LC-2026-000123 SUBMITTED → IN_REVIEW");
    }

    @Test
    void applicants_and_visitors_neither_write_nor_read_it() {
        long application = NEXT_ID.incrementAndGet();

        assertThatThrownBy(() -> audit.record(AuditedAction.APPLICATION_OPENED, application, null, ""))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        assertThatThrownBy(() -> audit.forApplication(application))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        signedIn("李明", Role.APPLICANT);
        assertThatThrownBy(() -> audit.record(AuditedAction.APPLICATION_OPENED, application, null, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.forApplication(application)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_an_administrator_searches() {
        signedIn("刘老师", Role.CASEWORKER);
        assertThatThrownBy(() -> audit.search(AuditSearch.onDay(LocalDate.now(clock)), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        signedIn("李明", Role.APPLICANT);
        assertThatThrownBy(() -> audit.search(AuditSearch.onDay(LocalDate.now(clock)), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_finds_entries_per_person_per_staff_member_and_per_day_a_page_at_a_time() {
        var first = signedIn("刘老师", Role.CASEWORKER);
        long person = NEXT_ID.incrementAndGet();
        long other = NEXT_ID.incrementAndGet();
        for (int i = 0; i < 3; i++) {
            audit.record(AuditedAction.DOCUMENT_OPENED, null, person, "第 " + i + " 份");
        }
        audit.record(AuditedAction.APPLICATION_OPENED, null, other, "");
        var second = signedIn("张老师", Role.CASEWORKER);
        audit.record(AuditedAction.ID_NUMBER_REVEALED, null, person, "");
        var admin = signedIn("市残联 管理员", Role.CITY_ADMINISTRATOR);

        var aboutPerson = audit.search(AuditSearch.aboutPerson(person), PageRequest.of(0, 3));
        assertThat(aboutPerson.getTotalElements()).isEqualTo(4);
        assertThat(aboutPerson.getTotalPages()).isEqualTo(2);
        // Newest first.
        assertThat(aboutPerson.getContent()).extracting(AuditEntry::action).containsExactly(
                AuditedAction.ID_NUMBER_REVEALED, AuditedAction.DOCUMENT_OPENED, AuditedAction.DOCUMENT_OPENED);
        assertThat(audit.search(AuditSearch.aboutPerson(person), PageRequest.of(1, 3)).getContent())
                .extracting(AuditEntry::detail).containsExactly("第 0 份");

        assertThat(audit.search(AuditSearch.byStaffMember(first.accountId()), PageRequest.of(0, 10)).getContent())
                .hasSize(4).allSatisfy(entry -> assertThat(entry.actorAccountId()).isEqualTo(first.accountId()));
        assertThat(audit.search(new AuditSearch(person, second.accountId(), null), PageRequest.of(0, 10))
                .getContent()).extracting(AuditEntry::action).containsExactly(AuditedAction.ID_NUMBER_REVEALED);

        var today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        assertThat(audit.search(new AuditSearch(person, null, today), PageRequest.of(0, 10)).getTotalElements())
                .isEqualTo(4);
        assertThat(audit.search(new AuditSearch(person, null, today.minusDays(1)), PageRequest.of(0, 10))
                .getTotalElements()).isZero();
        assertThat(audit.search(AuditSearch.onDay(today), PageRequest.of(0, 500)).getSize())
                .isEqualTo(AuditTrail.MAX_PAGE_SIZE);

        // Each search is recorded too, after it has looked (so it never finds itself).
        assertThat(audit.search(AuditSearch.byStaffMember(admin.accountId()), PageRequest.of(0, 100)).getContent())
                .hasSize(7).allSatisfy(entry -> assertThat(entry.action()).isEqualTo(AuditedAction.AUDIT_TRAIL_SEARCHED))
                .first().satisfies(entry -> assertThat(entry.detail()).isEqualTo("day " + today));
    }

    @Test
    void the_database_refuses_to_change_delete_or_truncate_an_entry() {
        signedIn("刘老师", Role.CASEWORKER);
        long application = NEXT_ID.incrementAndGet();
        audit.record(AuditedAction.REJECTED, application, null, "");

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = '别人' where application_id = ?")
                .param(application).update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where application_id = ?").param(application)
                .update()).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");

        assertThat(audit.forApplication(application)).singleElement()
                .satisfies(entry -> assertThat(entry.actorName()).isEqualTo("刘老师"));
    }
}
