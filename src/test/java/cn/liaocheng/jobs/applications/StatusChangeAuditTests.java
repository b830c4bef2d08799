package cn.liaocheng.jobs.applications;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.accounts.FromAddress;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.catalogue.TestOffers;
import cn.liaocheng.jobs.profile.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every status change staff make is in the audit trail, with the staff member and where they worked from. */
@SpringBootTest
class StatusChangeAuditTests {

    @Autowired ApplicationService applications;
    @Autowired TestApplications drafts;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople people;
    @Autowired TestOffers offers;
    @Autowired AuditTrail audit;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void each_staff_decision_is_recorded_without_the_reason_and_a_refused_one_is_not() {
        var applicant = accounts.applicant("李明");
        long personId = people.self(applicant).personId();
        long id = drafts.completeDraft(applicant, personId, offers.offer(TestOffers.uniqueToken()).save());
        TestAccounts.signIn(applicant);
        applications.submit(id, drafts.version(id));
        var staff = accounts.create("莘县残联 刘老师", Role.CASEWORKER);
        TestAccounts.signIn(staff);

        FromAddress.call("203.0.113.9", () -> {
            applications.changeStatus(id, ApplicationStatus.IN_REVIEW, null);
            applications.changeStatus(id, ApplicationStatus.REJECTED, "视力残疾等级不符合本项目要求");
            // Not allowed any more: nothing happens, nothing is recorded.
            applications.changeStatus(id, ApplicationStatus.APPROVED, null);
            return null;
        });

        assertThat(audit.forApplication(id)).satisfiesExactly(started -> {
            assertThat(started.action()).isEqualTo(AuditedAction.REVIEW_STARTED);
            assertThat(started.actorAccountId()).isEqualTo(staff.accountId());
            assertThat(started.personId()).isEqualTo(personId);
            assertThat(started.detail()).isEqualTo("SUBMITTED → IN_REVIEW");
            assertThat(started.clientAddress()).isEqualTo("203.0.113.9");
        }, rejected -> {
            assertThat(rejected.action()).isEqualTo(AuditedAction.REJECTED);
            assertThat(rejected.detail()).isEqualTo("IN_REVIEW → REJECTED");
        });
        assertThat(audit.forApplication(id)).extracting(AuditEntry::detail)
                .noneMatch(detail -> detail.contains("视力"));
    }
}
