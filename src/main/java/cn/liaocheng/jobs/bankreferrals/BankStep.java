package cn.liaocheng.jobs.bankreferrals;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a referral's history at the bank, for the DPF caseworker's application page: REFERRED when the DPF
 * approved, then each answer the bank recorded.
 */
public record BankStep(ReferralStatus status, Instant recordedAt, @Nullable Long amountYuan, @Nullable LocalDate on,
        @Nullable String reason) {
}
