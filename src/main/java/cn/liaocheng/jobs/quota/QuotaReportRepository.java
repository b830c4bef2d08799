package cn.liaocheng.jobs.quota;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface QuotaReportRepository extends ListCrudRepository<QuotaReport, Long> {

    @Query("select * from quota_report where unit_id = :unitId and year = :year and status = 'DRAFT'")
    Optional<QuotaReport> draftOf(long unitId, int year);

    @Query("select * from quota_report where unit_id = :unitId and year = :year and status = 'SUBMITTED'")
    Optional<QuotaReport> submittedOf(long unitId, int year);

    @Query("select coalesce(max(revision), 0) from quota_report where unit_id = :unitId and year = :year")
    int lastRevision(long unitId, int year);

    /** Submitted reports whose reserved posts wait for staff, in scope ({@code county} null: every county). */
    @Query("""
            select r.* from quota_report r join quota_unit u on u.id = r.unit_id
            where r.status = 'SUBMITTED' and r.posts_status = 'PENDING'
            and (cast(:county as varchar) is null or u.county = :county) order by r.submitted_at, r.id""")
    List<QuotaReport> postsPendingIn(@Nullable String county);

    /** The submitted report of every unit for the year, for the 公示. */
    @Query("select * from quota_report where year = :year and status = 'SUBMITTED' order by unit_id")
    List<QuotaReport> submittedIn(int year);
}
