package cn.liaocheng.jobs.bankreferrals;

import java.util.List;

/** What became of a step the loan officer recorded. */
public sealed interface StepOutcome {

    record Recorded(ReferralStatus status) implements StepOutcome {}

    /** Someone else recorded a step since the page was opened: nothing was changed; {@code now} is where it stands. */
    record Conflict(ReferralStatus now) implements StepOutcome {}

    /** The step does not follow from where the referral stands (e.g. 已放款 before 已受理). */
    record NotAllowed(ReferralStatus now) implements StepOutcome {}

    /** What was typed is not acceptable; nothing was changed. */
    record Invalid(List<Problem> problems) implements StepOutcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    enum Problem {
        AMOUNT_MISSING, AMOUNT_NOT_A_NUMBER, AMOUNT_OUT_OF_RANGE, DATE_MISSING, DATE_IN_FUTURE, DATE_BEFORE_REFERRAL,
        REASON_MISSING, REASON_TOO_LONG;

        public String messageKey() {
            return "bank.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
