/**
 * 残联推荐，农行办贷: the Agricultural Bank's queue of referrals the DPF approved, holding only what the bank needs,
 * and the bank's answers (已受理, 已放款, 未获批), which reach the applicant and the DPF caseworker.
 */
@NullMarked
package cn.liaocheng.jobs.bankreferrals;

import org.jspecify.annotations.NullMarked;
