package cn.liaocheng.jobs.quota;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EmployerUnitRepository extends ListCrudRepository<EmployerUnit, Long> {

    /** The account's latest request: the open or confirmed one if any (at most one, by index), else the last refused. */
    @Query("""
            select * from quota_unit where representative_account_id = :accountId
            order by (status <> 'REFUSED') desc, requested_at desc, id desc limit 1""")
    Optional<EmployerUnit> latestOf(long accountId);

    /** {@code county} is a staff member's county scope: null for every county. */
    @Query("""
            select * from quota_unit where status = 'PENDING'
            and (cast(:county as varchar) is null or county = :county) order by requested_at, id""")
    List<EmployerUnit> pendingIn(@Nullable String county);

    @Query("select count(*) > 0 from quota_unit where credit_code = :code and status = 'CONFIRMED'")
    boolean confirmedWithCode(String code);

    @Query("select * from quota_unit where credit_code = :code and sample order by id limit 1")
    Optional<EmployerUnit> sampleWithCode(String code);

    /** Confirmed units in scope without a submitted report for the year (未报送). */
    @Query("""
            select * from quota_unit u where u.status = 'CONFIRMED'
            and (cast(:county as varchar) is null or u.county = :county)
            and not exists (select 1 from quota_report r where r.unit_id = u.id and r.year = :year
                            and r.status = 'SUBMITTED')
            order by u.county, u.name""")
    List<EmployerUnit> notReported(@Nullable String county, int year);
}
