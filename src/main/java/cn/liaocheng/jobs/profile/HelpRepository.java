package cn.liaocheng.jobs.profile;

import java.util.List;
import java.util.Optional;
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
}
