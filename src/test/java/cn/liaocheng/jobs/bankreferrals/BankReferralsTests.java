package cn.liaocheng.jobs.bankreferrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.TestAccounts;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.PartnerStep;
import cn.liaocheng.jobs.applications.StatusChange;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.bankreferrals.StepOutcome.Problem;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.messages.LoggingMessageChannel;
import cn.liaocheng.jobs.messages.TestMessages;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** 残联推荐，农行办贷: the queue fills on approval only, loan officers alone answer, and everyone hears of it. */
@SpringBootTest
class BankReferralsTests {

    @Autowired BankReferrals referrals;
    @Autowired TestReferrals decided;
    @Autowired TestAccounts accounts;
    @Autowired ApplicationService applications;
    @Autowired AuditTrail audit;
    @Autowired LoggingMessageChannel channel;
    @Autowired TestMessages messages;
    @Autowired Clock clock;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private void asLoanOfficer() {
        TestAccounts.signIn(accounts.create("农行 王经理", Role.LOAN_OFFICER));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void an_approved_abc_referral_reaches_the_bank_with_only_what_the_bank_needs() {
        var approved = decided.approvedReferral();

        asLoanOfficer();
        var referral = referrals.referral(decided.referralId(approved.applicationId()).orElseThrow());
        assertThat(referral.applicationId()).isEqualTo(approved.applicationId());
        assertThat(referral.name()).isEqualTo("张农");
        assertThat(referral.phone()).isEqualTo(new PhoneNumber("13800000000"));
        assertThat(referral.county()).isEqualTo(County.DONGCHANGFU);
        assertThat(referral.amountAskedYuan()).isPositive();
        assertThat(referral.purpose()).isEqualTo("EQUIPMENT");
        assertThat(referral.status()).isEqualTo(ReferralStatus.REFERRED);
        assertThat(referrals.queue()).extracting(BankReferral::id).contains(referral.id());
    }

    @Test
    void a_rejected_referral_and_an_approved_other_loan_never_reach_the_bank() {
        var rejected = decided.decided(OfferSubtype.ABC_REFERRAL, ApplicationStatus.REJECTED);
        var otherLoan = decided.decided(OfferSubtype.GUARANTEED_STARTUP, ApplicationStatus.APPROVED);
        var course = decided.decided(OfferSubtype.VOCATIONAL, ApplicationStatus.APPROVED);

        assertThat(decided.referralId(rejected.applicationId())).isEmpty();
        assertThat(decided.referralId(otherLoan.applicationId())).isEmpty();
        assertThat(decided.referralId(course.applicationId())).isEmpty();
    }

    @Test
    void only_a_loan_officer_may_open_or_answer_a_referral() {
        long id = decided.referralId(decided.approvedReferral().applicationId()).orElseThrow();
        Consumer<String> refused = who -> {
            assertThatThrownBy(() -> referrals.queue()).as(who).isInstanceOf(ReferralNotFoundException.class);
            assertThatThrownBy(() -> referrals.referral(id)).as(who).isInstanceOf(ReferralNotFoundException.class);
            assertThatThrownBy(() -> referrals.accept(id, 0)).as(who).isInstanceOf(ReferralNotFoundException.class);
            assertThatThrownBy(() -> referrals.disburse(id, 0, "50000", today()))
                    .as(who).isInstanceOf(ReferralNotFoundException.class);
            assertThatThrownBy(() -> referrals.decline(id, 0, "不符合")).as(who)
                    .isInstanceOf(ReferralNotFoundException.class);
        };
        TestAccounts.signIn(accounts.caseworker("东昌府区残联 刘老师", County.DONGCHANGFU));
        refused.accept("caseworker");
        TestAccounts.signIn(accounts.create("市残联 管理员", Role.CITY_ADMINISTRATOR));
        refused.accept("administrator");
        TestAccounts.signIn(accounts.applicant("李明"));
        refused.accept("applicant");
        TestAccounts.browseSignedOut();
        refused.accept("signed out");

        asLoanOfficer();
        assertThat(referrals.referral(id).status()).isEqualTo(ReferralStatus.REFERRED);
        assertThatThrownBy(() -> referrals.referral(id + 1_000_000)).isInstanceOf(ReferralNotFoundException.class);
    }

    @Test
    void a_loan_officer_gets_not_found_for_applications() {
        var approved = decided.approvedReferral();
        asLoanOfficer();
        assertThat(applications.find(approved.applicationId())).isEmpty();
        assertThatThrownBy(() -> referrals.stepsFor(approved.applicationId()))
                .isInstanceOf(ReferralNotFoundException.class);
    }

    @Test
    void each_step_is_audited_reaches_the_history_and_the_person_by_their_contact_preference() {
        var approved = decided.approvedReferral();
        long id = decided.referralId(approved.applicationId()).orElseThrow();
        var phone = new PhoneNumber(approved.applicant().phoneNumber());
        int sentBefore = channel.sentTo(phone).size();
        asLoanOfficer();

        assertThat(referrals.accept(id, decided.version(id))).isEqualTo(new StepOutcome.Recorded(ReferralStatus.ACCEPTED));
        assertThat(referrals.disburse(id, decided.version(id), "50,000", today()))
                .isEqualTo(new StepOutcome.Recorded(ReferralStatus.DISBURSED));
        messages.awaitAllHandled();

        assertThat(audit.forApplication(approved.applicationId()))
                .filteredOn(e -> e.action() == AuditedAction.BANK_ANSWER_RECORDED)
                .extracting(AuditEntry::detail).containsExactly("REFERRED → ACCEPTED", "ACCEPTED → DISBURSED");
        var sent = channel.sentTo(phone);
        assertThat(sent).hasSize(sentBefore + 2);
        // Sent on other threads after each commit, so in either order.
        assertThat(sent.subList(0, 2))
                .anySatisfy(message -> assertThat(message.text()).contains("农业银行已放款").contains("¥50,000 · " + today()))
                .anySatisfy(message -> assertThat(message.text()).contains("农行已受理"));

        TestAccounts.signIn(approved.applicant());
        assertThat(applications.history(approved.applicationId())).extracting(StatusChange::step)
                .endsWith(PartnerStep.BANK_ACCEPTED, PartnerStep.BANK_DISBURSED);
        assertThat(applications.notifications()).extracting(n -> n.step())
                .contains(PartnerStep.BANK_ACCEPTED, PartnerStep.BANK_DISBURSED);

        TestAccounts.signIn(accounts.caseworker("东昌府区残联 刘老师", County.DONGCHANGFU));
        assertThat(referrals.stepsFor(approved.applicationId())).extracting(BankStep::status)
                .containsExactly(ReferralStatus.REFERRED, ReferralStatus.ACCEPTED, ReferralStatus.DISBURSED);
        assertThat(referrals.loanOutcome(approved.applicationId())).hasValueSatisfying(loan -> {
            assertThat(loan.amountYuan()).isEqualTo(50_000);
            assertThat(loan.disbursedOn()).isEqualTo(today());
            assertThat(loan.bank()).isEqualTo(LoanOutcome.ABC_LIAOCHENG);
        });
        TestAccounts.signIn(accounts.caseworker("莘县残联 赵老师", County.SHENXIAN));
        assertThatThrownBy(() -> referrals.stepsFor(approved.applicationId()))
                .isInstanceOf(ReferralNotFoundException.class);
    }

    @Test
    void a_declined_referral_needs_a_reason_which_the_person_is_told() {
        var approved = decided.approvedReferral();
        long id = decided.referralId(approved.applicationId()).orElseThrow();
        asLoanOfficer();

        assertThat(referrals.decline(id, decided.version(id), "  ")).isEqualTo(
                new StepOutcome.Invalid(java.util.List.of(Problem.REASON_MISSING)));
        assertThat(referrals.decline(id, decided.version(id), "经营场地尚未落实"))
                .isEqualTo(new StepOutcome.Recorded(ReferralStatus.DECLINED));
        messages.awaitAllHandled();

        assertThat(channel.sentTo(new PhoneNumber(approved.applicant().phoneNumber())).getFirst().text())
                .contains("没有批准贷款").contains("经营场地尚未落实");
        assertThat(audit.forApplication(approved.applicationId())).extracting(AuditEntry::detail)
                .noneMatch(detail -> detail.contains("经营场地"));
    }

    @Test
    void amount_and_date_are_checked_before_anything_changes() {
        long id = decided.referralId(decided.approvedReferral().applicationId()).orElseThrow();
        asLoanOfficer();
        referrals.accept(id, decided.version(id));
        int version = decided.version(id);

        assertThat(referrals.disburse(id, version, "", null)).isEqualTo(
                new StepOutcome.Invalid(java.util.List.of(Problem.AMOUNT_MISSING, Problem.DATE_MISSING)));
        assertThat(referrals.disburse(id, version, "五万", today().plusDays(1))).isEqualTo(
                new StepOutcome.Invalid(java.util.List.of(Problem.AMOUNT_NOT_A_NUMBER, Problem.DATE_IN_FUTURE)));
        assertThat(referrals.disburse(id, version, "0", today().minusYears(1))).isEqualTo(
                new StepOutcome.Invalid(java.util.List.of(Problem.AMOUNT_OUT_OF_RANGE, Problem.DATE_BEFORE_REFERRAL)));
        assertThat(referrals.disburse(id, version, "5000001", today())).isEqualTo(
                new StepOutcome.Invalid(java.util.List.of(Problem.AMOUNT_OUT_OF_RANGE)));
        assertThat(referrals.referral(id).status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(decided.version(id)).isEqualTo(version);
    }

    @Test
    void a_second_officer_acting_on_a_changed_referral_is_told_and_changes_nothing() {
        long id = decided.referralId(decided.approvedReferral().applicationId()).orElseThrow();
        asLoanOfficer();
        int seenByBoth = decided.version(id);

        assertThat(referrals.accept(id, seenByBoth)).isEqualTo(new StepOutcome.Recorded(ReferralStatus.ACCEPTED));
        TestAccounts.signIn(accounts.create("农行 李经理", Role.LOAN_OFFICER));
        assertThat(referrals.decline(id, seenByBoth, "资料不全"))
                .isEqualTo(new StepOutcome.Conflict(ReferralStatus.ACCEPTED));
        assertThat(referrals.disburse(id, decided.version(id) + 1, "1000", today()))
                .isEqualTo(new StepOutcome.Conflict(ReferralStatus.ACCEPTED));

        assertThat(referrals.referral(id).status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referrals.steps(id)).extracting(BankStep::status)
                .containsExactly(ReferralStatus.REFERRED, ReferralStatus.ACCEPTED);
    }

    @Test
    void paying_out_before_accepting_is_not_allowed() {
        long id = decided.referralId(decided.approvedReferral().applicationId()).orElseThrow();
        asLoanOfficer();
        assertThat(referrals.disburse(id, decided.version(id), "1000", today()))
                .isEqualTo(new StepOutcome.NotAllowed(ReferralStatus.REFERRED));
    }

    @Test
    void when_an_application_is_deleted_at_the_end_of_its_retention_the_banks_copy_and_its_steps_go_too() {
        var gone = decided.approvedReferral();
        var kept = decided.approvedReferral();
        long goneId = decided.referralId(gone.applicationId()).orElseThrow();
        long keptId = decided.referralId(kept.applicationId()).orElseThrow();
        asLoanOfficer();
        assertThat(referrals.accept(goneId, decided.version(goneId)))
                .isEqualTo(new StepOutcome.Recorded(ReferralStatus.ACCEPTED));
        TestAccounts.signOut();

        // As ApplicationRetention publishes it, in its deleting transaction.
        events.publishEvent(new cn.liaocheng.jobs.applications.ApplicationsDeleted(
                java.util.List.of(gone.applicationId())));

        assertThat(decided.referralId(gone.applicationId())).isEmpty();
        assertThat(jdbc.sql("select count(*) from bankreferrals_step where referral_id = ?").param(goneId)
                .query(Integer.class).single()).isZero();
        assertThat(decided.referralId(kept.applicationId())).contains(keptId);
        assertThat(jdbc.sql("select count(*) from bankreferrals_step where referral_id = ?").param(keptId)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
