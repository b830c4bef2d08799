package cn.liaocheng.jobs.monitoring;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The employment rate's denominator for one county: how many working-age certificate holders it has, where that
 * number comes from (e.g. 第二次残疾人抽样调查 or the county's 持证残疾人 database) and as of which day.
 */
public record EmploymentBase(County county, long workingAgeHolders, String source, LocalDate asOf, String enteredBy,
        Instant enteredAt, int version) {}
