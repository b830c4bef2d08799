package cn.liaocheng.jobs.quota;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the portal says about one unit's year.
 *
 * @param ratioPercent       disabled employees per 100 staff, cut (not rounded) to two decimals so that a unit just
 *                           below 1.5 % never reads as 1.50 %; null without staff
 * @param status             达标, 未达标, or no staff to count
 * @param required           the smallest whole number of disabled employees that reaches 1.5 % (and at least one
 *                           where the plan's rule applies)
 * @param stillNeeded        how many more disabled employees the unit needs ({@code required - disabled}, never below 0)
 * @param atLeastOneRule     whether the plan's at-least-one rule covers the unit (市级机关 with 编制 ≥ 50, 事业单位 other
 *                           than schools and kindergartens with 编制 ≥ 67)
 */
public record QuotaAssessment(@Nullable BigDecimal ratioPercent, QuotaStatus status, int required, int stillNeeded,
        boolean atLeastOneRule) {

    public boolean meets() {
        return status == QuotaStatus.MEETS;
    }
}
