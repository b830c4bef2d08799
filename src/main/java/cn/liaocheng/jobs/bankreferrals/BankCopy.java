package cn.liaocheng.jobs.bankreferrals;

import java.util.List;

/** A referral as the bank holds it, with its steps oldest first: the person's own copy, for 我的数据. */
public record BankCopy(BankReferral referral, List<BankStep> steps) {

    public BankCopy {
        steps = List.copyOf(steps);
    }
}
