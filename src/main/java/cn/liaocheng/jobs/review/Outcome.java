package cn.liaocheng.jobs.review;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What came of an approved application (办结), as structured data: the plan's targets are counted from it. */
public sealed interface Outcome {

    OutcomeKind kind();

    /** A course: whether the person enrolled and completed it, and the certificate they got (if any). */
    record Training(boolean enrolled, boolean completed, @Nullable String certificate) implements Outcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.TRAINING;
        }
    }

    /**
     * A job, post or incubation place: employer, start date, kind and social insurance are needed when the person was
     * employed. {@code socialInsurance} is null only for outcomes recorded before it was asked (V0240).
     */
    record Employment(boolean employed, @Nullable String employer, @Nullable LocalDate startDate,
            @Nullable EmploymentKind employmentKind, @Nullable SocialInsurance socialInsurance) implements Outcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.EMPLOYMENT;
        }
    }

    /** A loan: the amount granted (yuan), by which bank, on which day. */
    record Loan(@Nullable Integer amountYuan, @Nullable String bank, @Nullable LocalDate grantedOn) implements Outcome {
        @Override
        public OutcomeKind kind() {
            return OutcomeKind.LOAN;
        }
    }
}
