package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.shared.County;
import org.jspecify.annotations.Nullable;

/**
 * What an approved 残联推荐，农行办贷 application tells the bank, and nothing more: no disability details, no
 * documents, no certificate number. Codes ({@code purpose}, {@code borrower}) are the form's choice codes.
 *
 * @param phone the phone given on the application's contact step, for the bank to call
 */
public record BankReferralRequest(long applicationId, long personId, String reference, County county,
        @Nullable String township, @Nullable String phone, long amountYuan, String purpose,
        @Nullable String purposeDetail, String borrower) {
}
