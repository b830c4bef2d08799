package cn.liaocheng.jobs.bankreferrals;

import java.util.Locale;

/** Where a referral stands at the bank. The bank accepts it first, then pays out or declines; declining may come first. */
public enum ReferralStatus {
    /** 已推荐: the DPF approved the application; the bank has not answered yet. */
    REFERRED,
    /** 已受理. */
    ACCEPTED,
    /** 已放款: amount and date recorded. */
    DISBURSED,
    /** 未获批: with the bank's reason. */
    DECLINED;

    public String messageKey() {
        return "bank.status." + name().toLowerCase(Locale.ROOT);
    }

    public boolean canMoveTo(ReferralStatus next) {
        return switch (this) {
            case REFERRED -> next == ACCEPTED || next == DECLINED;
            case ACCEPTED -> next == DISBURSED || next == DECLINED;
            case DISBURSED, DECLINED -> false;
        };
    }

    public boolean isOpen() {
        return this == REFERRED || this == ACCEPTED;
    }
}
