package cn.liaocheng.jobs.profile;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface HelpRepository extends ListCrudRepository<Help, Long> {

    @Query("select * from profile_helper where helper_account_id = :helper and person_id = :person and withdrawn_at is null")
    Optional<Help> findActive(long helper, long person);

    @Query("select * from profile_helper where helper_account_id = :helper and withdrawn_at is null order by id")
    List<Help> findActiveByHelper(long helper);

    @Query("select * from profile_helper where person_id = :person and withdrawn_at is null order by id")
    List<Help> findActiveForPerson(long person);

    /** Every link of the helper, withdrawn ones included, oldest first. */
    List<Help> findByHelperAccountIdOrderById(long helperAccountId);

    /** Every link to the person, withdrawn ones included, oldest first. */
    List<Help> findByPersonIdOrderById(long personId);

    /**
     * Requests awaiting consent of people in the county (every county for {@code null}), newest first. Scoped here, in
     * SQL, so that no view can list another county's requests.
     */
    @Query("""
            select h.* from profile_helper h join profile_person p on p.id = h.person_id
            where h.withdrawn_at is null and h.consent = 'AWAITING'
              and (cast(:county as varchar) is null or p.county = :county)
            order by h.created_at desc, h.id desc
            limit :max""")
    List<Help> findPendingInCounty(@Nullable String county, int max);

    /**
     * Requests awaiting consent whose helper typed this phone for the person, of people in the county or of no known
     * county yet (every county for {@code null}).
     */
    @Query("""
            select h.* from profile_helper h join profile_person p on p.id = h.person_id
            where h.withdrawn_at is null and h.consent = 'AWAITING' and h.person_phone = :phone
              and (cast(:county as varchar) is null or p.county = :county or p.county is null)
            order by h.created_at desc, h.id desc
            limit :max""")
    List<Help> findPendingByPhone(String phone, @Nullable String county, int max);

    /** One request awaiting consent, under the same scope as {@link #findPendingByPhone}. */
    @Query("""
            select h.* from profile_helper h join profile_person p on p.id = h.person_id
            where h.id = :id and h.withdrawn_at is null and h.consent = 'AWAITING'
              and (cast(:county as varchar) is null or p.county = :county or p.county is null)""")
    Optional<Help> findPending(long id, @Nullable String county);
}
