package cn.liaocheng.jobs.applications;

import java.util.Locale;

/**
 * What a partner outside the DPF did with an approved application, shown in the applicant's history with its own
 * name while the status stays 已通过. Today only the Agricultural Bank (残联推荐，农行办贷).
 */
public enum PartnerStep {
    /** 农行已受理. */
    BANK_ACCEPTED,
    /** 农行已放款: amount and date in the entry's reason. */
    BANK_DISBURSED,
    /** 农行未获批: the bank's reason in the entry's reason. */
    BANK_DECLINED;

    public String messageKey() {
        return "application.partner-step." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
