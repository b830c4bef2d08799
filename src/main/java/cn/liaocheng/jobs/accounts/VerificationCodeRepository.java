package cn.liaocheng.jobs.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface VerificationCodeRepository extends ListCrudRepository<VerificationCode, Long> {

    Optional<VerificationCode> findFirstByPhoneNumberAndPurposeOrderByCreatedAtDesc(String phoneNumber,
            VerificationCodes.Purpose purpose);

    List<VerificationCode> findByPhoneNumber(String phoneNumber);
}
