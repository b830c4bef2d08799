package cn.liaocheng.jobs.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface VerificationCodeRepository extends ListCrudRepository<VerificationCode, Long> {

    Optional<VerificationCode> findFirstByPhoneNumberAndPurposeOrderByCreatedAtDesc(String phoneNumber,
            VerificationCodes.Purpose purpose);

    List<VerificationCode> findByPhoneNumber(String phoneNumber);

    @Query("select count(*) from accounts_verification_code where phone_number = :phoneNumber and purpose = :purpose and created_at > :since")
    int countSentSince(String phoneNumber, VerificationCodes.Purpose purpose, Instant since);
}
