package cn.liaocheng.jobs.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an administrator types for a county's denominator; checked by {@link #problems}. */
public record EmploymentBaseData(@Nullable Long holders, @Nullable String source, @Nullable LocalDate asOf) {

    static final int MAX_SOURCE = 300;
    /** More working-age certificate holders than the whole city has people is a typing mistake. */
    static final long MAX_HOLDERS = 7_000_000;

    List<BaseOutcome.Problem> problems(LocalDate today) {
        var problems = new ArrayList<BaseOutcome.Problem>();
        if (holders == null || holders <= 0 || holders > MAX_HOLDERS) {
            problems.add(new BaseOutcome.Problem("holders", "monitoring.base.holders.invalid"));
        }
        if (source == null || source.isBlank() || source.strip().length() > MAX_SOURCE) {
            problems.add(new BaseOutcome.Problem("source", "monitoring.base.source.missing"));
        }
        if (asOf == null || asOf.isAfter(today)) {
            problems.add(new BaseOutcome.Problem("asOf", "monitoring.base.as-of.invalid"));
        }
        return problems;
    }

    @Override
    public Long holders() {
        return holders == null ? 0L : holders;
    }

    @Override
    public String source() {
        return source == null ? "" : source;
    }

    @Override
    public LocalDate asOf() {
        return asOf == null ? LocalDate.MIN : asOf;
    }
}
