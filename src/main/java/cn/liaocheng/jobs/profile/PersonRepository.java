package cn.liaocheng.jobs.profile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, Long> {

    Optional<Person> findByOwnAccountId(long ownAccountId);

    /** People added by helpers with this phone who have no account of their own yet, oldest first. */
    @Query("select * from profile_person where phone_number = :phone and own_account_id is null order by id")
    List<Person> findUnclaimedByPhone(String phone);

    List<Person> findByPhoneNumber(String phoneNumber);
}
