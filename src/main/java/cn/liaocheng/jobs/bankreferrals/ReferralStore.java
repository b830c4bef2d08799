package cn.liaocheng.jobs.bankreferrals;

import cn.liaocheng.jobs.applications.BankReferralRequest;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.PhoneNumber;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bank's tables in plain SQL: each step is one conditional update on the version the officer saw. */
@Repository
class ReferralStore {

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Once per application: a listener tried again after a failure finds it there and adds nothing. */
    boolean insert(BankReferralRequest request, String name, Instant now) {
        var id = jdbc.sql("""
                insert into bankreferrals_referral (application_id, person_id, reference, name, phone, county,
                    township, amount_asked, purpose, purpose_detail, borrower, referred_at)
                values (:application, :person, :reference, :name, :phone, :county, :township, :amount, :purpose,
                    :detail, :borrower, :now)
                on conflict (application_id) do nothing
                returning id""")
                .param("application", request.applicationId()).param("person", request.personId())
                .param("reference", request.reference()).param("name", name).param("phone", request.phone())
                .param("county", request.county().name()).param("township", request.township())
                .param("amount", request.amountYuan()).param("purpose", request.purpose())
                .param("detail", request.purposeDetail()).param("borrower", request.borrower())
                .param("now", Timestamp.from(now))
                .query(Long.class).optional();
        id.ifPresent(referral -> step(referral, ReferralStatus.REFERRED, null, null, null, null, now));
        return id.isPresent();
    }

    /** Deletes the referrals made from these applications; their steps go with them (on delete cascade). */
    int deleteForApplications(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from bankreferrals_referral where application_id in (:ids)")
                .param("ids", applicationIds).update();
    }

    List<BankReferral> all() {
        return jdbc.sql("select * from bankreferrals_referral order by referred_at, id").query(this::referral).list();
    }

    Optional<BankReferral> find(long id) {
        return jdbc.sql("select * from bankreferrals_referral where id = :id").param("id", id)
                .query(this::referral).optional();
    }

    Optional<BankReferral> findByApplication(long applicationId) {
        return jdbc.sql("select * from bankreferrals_referral where application_id = :id").param("id", applicationId)
                .query(this::referral).optional();
    }

    List<BankReferral> findByPerson(long personId) {
        return jdbc.sql("select * from bankreferrals_referral where person_id = :id order by referred_at, id")
                .param("id", personId).query(this::referral).list();
    }

    /** False when the referral changed since {@code version} was read (or is not in {@code from} any more). */
    boolean move(long id, int version, ReferralStatus from, ReferralStatus to, @Nullable Long amount,
            @Nullable LocalDate on, @Nullable String reason) {
        return jdbc.sql("""
                update bankreferrals_referral
                set status = :to, version = version + 1,
                    disbursed_yuan = coalesce(:amount, disbursed_yuan), disbursed_on = coalesce(:on, disbursed_on),
                    decline_reason = coalesce(:reason, decline_reason)
                where id = :id and version = :version and status = :from""")
                .param("id", id).param("version", version).param("from", from.name()).param("to", to.name())
                .param("amount", amount).param("on", on == null ? null : Date.valueOf(on)).param("reason", reason)
                .update() == 1;
    }

    void step(long referralId, ReferralStatus status, @Nullable Long amount, @Nullable LocalDate on,
            @Nullable String reason, @Nullable Long by, Instant now) {
        jdbc.sql("""
                insert into bankreferrals_step (referral_id, status, amount_yuan, step_on, reason, recorded_by,
                    recorded_at)
                values (:referral, :status, :amount, :on, :reason, :by, :now)""")
                .param("referral", referralId).param("status", status.name()).param("amount", amount)
                .param("on", on == null ? null : Date.valueOf(on)).param("reason", reason).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    List<BankStep> steps(long referralId) {
        return jdbc.sql("""
                select status, amount_yuan, step_on, reason, recorded_at from bankreferrals_step
                where referral_id = :id order by recorded_at, id""")
                .param("id", referralId)
                .query((rs, n) -> new BankStep(ReferralStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getObject("amount_yuan", Long.class),
                        rs.getObject("step_on", LocalDate.class), rs.getString("reason")))
                .list();
    }

    private BankReferral referral(ResultSet rs, int row) throws SQLException {
        var phone = rs.getString("phone");
        return new BankReferral(rs.getLong("id"), rs.getInt("version"), rs.getLong("application_id"),
                rs.getLong("person_id"),
                rs.getString("reference"), rs.getString("name"), phone == null ? null : new PhoneNumber(phone),
                County.valueOf(rs.getString("county")), rs.getString("township"), rs.getLong("amount_asked"),
                rs.getString("purpose"), rs.getString("purpose_detail"), rs.getString("borrower"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getTimestamp("referred_at").toInstant(),
                rs.getObject("disbursed_yuan", Long.class), rs.getObject("disbursed_on", LocalDate.class),
                rs.getString("decline_reason"));
    }
}
