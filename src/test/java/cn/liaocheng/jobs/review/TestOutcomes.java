package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.shared.County;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Review cases with their outcomes in any county and on any day, for counting tests that need hundreds of them
 * (making each through the applicant's forms would take minutes). The rows are what {@code ReviewService} writes;
 * {@code ProgressServiceTests} also goes the whole way once, through {@code TestSubmissions} and 办结.
 */
@Component
public class TestOutcomes {

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    // Far above the identity sequence of real applications, so the two never meet.
    private static final AtomicLong ids = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;

    TestOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decided case without an outcome yet (or, with {@code status} COMPLETED, one to add an outcome to). */
    public long decided(County county, long personId, String offerSlug, OfferKind kind, String status,
            LocalDate decidedOn) {
        long id = ids.incrementAndGet();
        var at = Timestamp.from(decidedOn.atTime(10, 0).atZone(LIAOCHENG).toInstant());
        jdbc.sql("""
                insert into review_case (application_id, reference, person_id, county, offer_slug, offer_kind,
                    offer_title, applicant_name, on_behalf, submitted_at, status, status_since)
                values (:id, :reference, :person, :county, :slug, :kind, :title, '测试 申请人', false, :at, :status, :at)""")
                .param("id", id).param("reference", "T" + id).param("person", personId)
                .param("county", county.name()).param("slug", offerSlug).param("kind", kind.name())
                .param("title", "项目 " + offerSlug).param("status", status).param("at", at).update();
        return id;
    }

    public long employment(County county, long personId, String offerSlug, boolean employed, LocalDate start,
            @Nullable EmploymentKind kind) {
        long id = decided(county, personId, offerSlug, OfferKind.PROGRAMME, "COMPLETED", start);
        outcome(id, "EMPLOYMENT", null, null, employed, start, kind == null ? null : kind.name(), null, null, start);
        return id;
    }

    public long training(County county, long personId, String offerSlug, boolean enrolled, boolean completed,
            LocalDate recordedOn) {
        long id = decided(county, personId, offerSlug, OfferKind.COURSE, "COMPLETED", recordedOn);
        outcome(id, "TRAINING", enrolled, completed, null, null, null, null, null, recordedOn);
        return id;
    }

    public long loan(County county, long personId, String offerSlug, int amountYuan, LocalDate grantedOn) {
        long id = decided(county, personId, offerSlug, OfferKind.LOAN, "COMPLETED", grantedOn);
        outcome(id, "LOAN", null, null, null, null, null, amountYuan, grantedOn, grantedOn);
        return id;
    }

    private void outcome(long id, String kind, @Nullable Boolean enrolled, @Nullable Boolean completed,
            @Nullable Boolean employed, @Nullable LocalDate start, @Nullable String employmentKind,
            @Nullable Integer amount, @Nullable LocalDate grantedOn, LocalDate recordedOn) {
        Instant recordedAt = recordedOn.atTime(23, 30).atZone(LIAOCHENG).toInstant();
        jdbc.sql("""
                insert into review_outcome (application_id, kind, enrolled, course_completed, employed, employer,
                    start_date, employment_kind, amount_yuan, bank, granted_on, recorded_by, recorded_at)
                values (:id, :kind, :enrolled, :completed, :employed, :employer, :start, :employmentKind, :amount,
                    :bank, :grantedOn, 1, :recordedAt)""")
                .param("id", id).param("kind", kind).param("enrolled", enrolled).param("completed", completed)
                .param("employed", employed).param("employer", Boolean.TRUE.equals(employed) ? "某公司" : null)
                .param("start", start).param("employmentKind", employmentKind).param("amount", amount)
                .param("bank", amount == null ? null : "农业银行").param("grantedOn", grantedOn)
                .param("recordedAt", Timestamp.from(recordedAt)).update();
    }
}
