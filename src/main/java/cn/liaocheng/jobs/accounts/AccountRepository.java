package cn.liaocheng.jobs.accounts;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByPhoneNumber(String phoneNumber);
}
