package cn.liaocheng.jobs.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByPhoneNumber(String phoneNumber);

    List<Account> findByRoleIn(Collection<Role> roles);

    @Query("select count(*) from accounts_account where role = 'CITY_ADMINISTRATOR' and deactivated_at is null")
    long countActiveAdministrators();

    @Query("select count(*) from accounts_account where role = 'CITY_ADMINISTRATOR'")
    long countAdministrators();
}
