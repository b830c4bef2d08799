package cn.liaocheng.jobs.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * One of the plan's figures for one scope and period.
 *
 * @param value       the count (people, jobs, places, bases), the yuan for {@link FigureKind#LOAN_AMOUNT_YUAN}, or for
 *                    {@link FigureKind#EMPLOYMENT_RATE} the rate in per mille (numerator × 1000 / denominator, rounded
 *                    half up), 0 when no denominator has been entered
 * @param target      what the plan asks for the same scope, in the same unit; null when the plan sets none for it (the
 *                    plan sets 6000 new jobs and 1000 in assisted employment for the whole city only)
 * @param numerator   {@link FigureKind#EMPLOYMENT_RATE} only: people employed (in the counties that have a denominator)
 * @param denominator {@link FigureKind#EMPLOYMENT_RATE} only: working-age certificate holders as entered by staff; null
 *                    when no county in scope has one yet, so the rate is unknown
 */
public record Figure(FigureKind kind, long value, @Nullable Long target, @Nullable Long numerator,
        @Nullable Long denominator) {

    /** A count with its target (or null). */
    public static Figure count(FigureKind kind, long value, @Nullable Long target) {
        return new Figure(kind, value, target, null, null);
    }

    /** The share of the target reached, in whole percent rounded down; null without a target or a known rate. */
    public @Nullable Integer percentOfTarget() {
        if (target == null || target == 0 || !isKnown()) {
            return null;
        }
        return (int) Math.min(Integer.MAX_VALUE, value * 100 / target);
    }

    /** False only for an employment rate without a denominator. */
    public boolean isKnown() {
        return !kind.isRate() || denominator != null;
    }

    /** Whether the target is reached (false without a target). */
    public boolean meetsTarget() {
        return target != null && isKnown() && value >= target;
    }
}
