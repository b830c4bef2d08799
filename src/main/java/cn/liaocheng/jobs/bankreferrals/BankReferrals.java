package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.PartnerStep;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.bankreferrals.StepOutcome.Problem;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank's queue and the bank's answers. Loan officers list, open and answer referrals; caseworkers (their county)
 * and administrators read the steps and the loan outcome of an application. Method security decides the role; anyone
 * else gets {@link ReferralNotFoundException}, as for an id that does not exist.
 *
 * <p>Each answer is one conditional update on the version the officer saw, audited (BANK_ANSWER_RECORDED, without the
 * amount or reason) and written into the application's history for the person, in the same transaction.
 */
@Service
public class BankReferrals {

    /** The largest loan the referral scheme pays out; anything above is a typing mistake. */
    static final long MAX_YUAN = 5_000_000;
    static final int MAX_REASON = 500;

    private final ReferralStore store;
    private final ApplicationService applications;
    private final StaffService staff;
    private final AuditTrail audit;
    private final ProfileService profiles;
    private final Clock clock;

    BankReferrals(ReferralStore store, ApplicationService applications, StaffService staff, AuditTrail audit,
            ProfileService profiles, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.profiles = profiles;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * 我的数据: what the bank was sent about the signed-in applicant's own person, and every answer it recorded (PIPL
     * art. 45: the person may see the copy a partner holds). Empty for anyone without a profile of their own.
     */
    @Transactional(readOnly = true)
    public List<BankCopy> exportForOwnPerson() {
        return profiles.ownPersonId().map(personId -> store.findByPerson(personId).stream()
                .map(referral -> new BankCopy(referral, store.steps(referral.id()))).toList()).orElse(List.of());
    }

    /** The whole queue, oldest first; the bank serves every county. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public List<BankReferral> queue() {
        return store.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public BankReferral referral(long referralId) {
        return store.find(referralId).orElseThrow(ReferralNotFoundException::new);
    }

    /** The referral's steps, oldest first, for the officer's page. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public List<BankStep> steps(long referralId) {
        return store.steps(referral(referralId).id());
    }

    /** 已受理. */
    @Transactional
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public StepOutcome accept(long referralId, int version) {
        return move(referral(referralId), version, ReferralStatus.ACCEPTED, null, null, null);
    }

    /** 已放款: a whole number of yuan as typed (commas and spaces allowed) and the day it was paid out. */
    @Transactional
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public StepOutcome disburse(long referralId, int version, @Nullable String amountTyped, @Nullable LocalDate on) {
        var referral = referral(referralId);
        var problems = new ArrayList<Problem>();
        Long amount = null;
        var digits = amountTyped == null ? "" : amountTyped.replaceAll("[\\s,，]", "").replaceFirst("元$", "");
        if (digits.isEmpty()) {
            problems.add(Problem.AMOUNT_MISSING);
        } else if (!digits.matches("\\d{1,12}")) {
            problems.add(Problem.AMOUNT_NOT_A_NUMBER);
        } else {
            amount = Long.parseLong(digits);
            if (amount < 1 || amount > MAX_YUAN) {
                problems.add(Problem.AMOUNT_OUT_OF_RANGE);
            }
        }
        var today = LocalDate.now(clock);
        if (on == null) {
            problems.add(Problem.DATE_MISSING);
        } else if (on.isAfter(today)) {
            problems.add(Problem.DATE_IN_FUTURE);
        } else if (on.isBefore(referral.referredAt().atZone(clock.getZone()).toLocalDate())) {
            problems.add(Problem.DATE_BEFORE_REFERRAL);
        }
        if (!problems.isEmpty()) {
            return new StepOutcome.Invalid(problems);
        }
        return move(referral, version, ReferralStatus.DISBURSED, amount, on, null);
    }

    /** 未获批, with the bank's reason, which the person is told. */
    @Transactional
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public StepOutcome decline(long referralId, int version, @Nullable String reason) {
        var referral = referral(referralId);
        var why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return new StepOutcome.Invalid(List.of(Problem.REASON_MISSING));
        }
        if (why.length() > MAX_REASON) {
            return new StepOutcome.Invalid(List.of(Problem.REASON_TOO_LONG));
        }
        return move(referral, version, ReferralStatus.DECLINED, null, null, why);
    }

    /**
     * The bank's steps on an application, oldest first, for the DPF's application page: empty when it was never
     * referred. Caseworkers of the referral's county and administrators only; a caseworker of another county gets
     * {@link ReferralNotFoundException}, as does everyone else.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public List<BankStep> stepsFor(long applicationId) {
        return forDpf(applicationId).map(referral -> store.steps(referral.id())).orElse(List.of());
    }

    /** The loan paid out on an application, for 办结 and the plan's counts; same access rule as {@link #stepsFor}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<LoanOutcome> loanOutcome(long applicationId) {
        return forDpf(applicationId)
                .filter(r -> r.status() == ReferralStatus.DISBURSED && r.disbursedYuan() != null && r.disbursedOn() != null)
                .map(r -> new LoanOutcome(applicationId, r.disbursedYuan(), LoanOutcome.ABC_LIAOCHENG, r.disbursedOn()));
    }

    private Optional<BankReferral> forDpf(long applicationId) {
        var me = staff.current().orElseThrow(ReferralNotFoundException::new);
        var referral = store.findByApplication(applicationId);
        if (referral.isPresent() && !me.mayWorkIn(referral.get().county())) {
            throw new ReferralNotFoundException();
        }
        return referral;
    }

    private StepOutcome move(BankReferral referral, int version, ReferralStatus to, @Nullable Long amount,
            @Nullable LocalDate on, @Nullable String reason) {
        if (referral.version() != version) {
            return new StepOutcome.Conflict(referral.status());
        }
        if (!referral.status().canMoveTo(to)) {
            return new StepOutcome.NotAllowed(referral.status());
        }
        if (!store.move(referral.id(), version, referral.status(), to, amount, on, reason)) {
            return new StepOutcome.Conflict(store.find(referral.id()).map(BankReferral::status).orElse(to));
        }
        var me = staff.requireCurrent();
        var now = clock.instant();
        store.step(referral.id(), to, amount, on, reason, me.accountId(), now);
        // Status names only: the amount and the bank's reason stay out of the audit trail (no numbers, no free text).
        audit.record(AuditedAction.BANK_ANSWER_RECORDED, referral.applicationId(), referral.personId(),
                referral.status().name() + " → " + to.name());
        applications.recordBankStep(referral.applicationId(), partnerStep(to), detail(to, amount, on, reason));
        return new StepOutcome.Recorded(to);
    }

    private static PartnerStep partnerStep(ReferralStatus to) {
        return switch (to) {
            case ACCEPTED -> PartnerStep.BANK_ACCEPTED;
            case DISBURSED -> PartnerStep.BANK_DISBURSED;
            case DECLINED -> PartnerStep.BANK_DECLINED;
            case REFERRED -> throw new IllegalArgumentException("not a step of the bank");
        };
    }

    /** What the person reads in their history and message: the same in either language, or the bank's own words. */
    static @Nullable String detail(ReferralStatus to, @Nullable Long amount, @Nullable LocalDate on,
            @Nullable String reason) {
        return switch (to) {
            case DISBURSED -> String.format(Locale.ROOT, "¥%,d · %s", amount, on);
            case DECLINED -> reason;
            case REFERRED, ACCEPTED -> null;
        };
    }
}
