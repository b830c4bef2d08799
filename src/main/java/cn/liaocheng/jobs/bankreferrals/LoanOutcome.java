package cn.liaocheng.jobs.bankreferrals;

import java.time.LocalDate;

/**
 * A loan the bank paid out, as structured data for the plan's targets and for 办结: the review capability may join
 * it to its outcomes by {@code applicationId}.
 */
public record LoanOutcome(long applicationId, long amountYuan, String bank, LocalDate disbursedOn) {

    /** The only bank referrals go to today. */
    public static final String ABC_LIAOCHENG = "中国农业银行聊城分行";
}
