package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One referral as the bank sees it: who to call, where, how much for what, and the bank's answer so far. Nothing
 * about the person's disability: the bank checks the 残疾人证 itself when it meets them.
 *
 * @param version        bumped by every step; a step recorded from an older page is refused, not applied
 * @param purpose        the form's choice code (EQUIPMENT, STOCK, ...)
 * @param borrower       the form's choice code (SELF, FAMILY_MEMBER, LEADER)
 */
public record BankReferral(long id, int version, long applicationId, long personId, String reference, String name,
        @Nullable PhoneNumber phone, County county, @Nullable String township, long amountAskedYuan, String purpose,
        @Nullable String purposeDetail, String borrower, ReferralStatus status, Instant referredAt,
        @Nullable Long disbursedYuan, @Nullable LocalDate disbursedOn, @Nullable String declineReason) {

    @Override
    public String toString() {
        // Never the name or the phone: this may end up in a log line.
        return "BankReferral[id=" + id + ", status=" + status + "]";
    }
}
