package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The editors' queries. Every one that takes an offer id also takes the editor's county scope
 * ({@code StaffMember.countyScope()}, null for the city), so another county's offer is never read, let alone changed.
 */
@Repository
class OfferEditorStore {

    private static final String IN_SCOPE = "(cast(:county as varchar) is null or o.county = :county)";

    private final JdbcClient jdbc;

    OfferEditorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Locked(int version, OfferStatus status) {}

    List<OfferRow> list(@Nullable String countyScope, @Nullable OfferStatus status, @Nullable OfferKind kind) {
        return jdbc.sql("""
                        select o.id, o.kind, o.subtype, o.county, o.title_zh, o.title_en, o.status, o.seats_total,
                               o.seats_left, o.sample
                        from catalogue_offer o
                        where %s
                          and (cast(:status as varchar) is null or o.status = :status)
                          and (cast(:kind as varchar) is null or o.kind = :kind)
                        order by case o.status when 'DRAFT' then 0 when 'PUBLISHED' then 1 when 'UNPUBLISHED' then 2
                                 else 3 end, o.kind, o.county, o.title_zh, o.id
                        """.formatted(IN_SCOPE))
                .param("county", countyScope)
                .param("status", status == null ? null : status.name())
                .param("kind", kind == null ? null : kind.name())
                .query((rs, row) -> new OfferRow(rs.getLong("id"), OfferKind.valueOf(rs.getString("kind")),
                        OfferSubtype.valueOf(rs.getString("subtype")), County.valueOf(rs.getString("county")),
                        new LocalizedText(rs.getString("title_zh"), rs.getString("title_en")),
                        OfferStatus.valueOf(rs.getString("status")), rs.getObject("seats_total", Integer.class),
                        rs.getObject("seats_left", Integer.class), rs.getBoolean("sample")))
                .list();
    }

    boolean inScope(long offerId, @Nullable String countyScope) {
        return jdbc.sql("select count(*) from catalogue_offer o where o.id = :id and " + IN_SCOPE)
                .param("id", offerId).param("county", countyScope)
                .query(Long.class).single() > 0;
    }

    /** The row's version and state, locked until the transaction ends, so that two saves cannot both pass the check. */
    Optional<Locked> lock(long offerId, @Nullable String countyScope) {
        return jdbc.sql("select o.version, o.status from catalogue_offer o where o.id = :id and " + IN_SCOPE
                        + " for update")
                .param("id", offerId).param("county", countyScope)
                .query((rs, row) -> new Locked(rs.getInt("version"), OfferStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    int changeStatus(long offerId, int version, OfferStatus to) {
        jdbc.sql("update catalogue_offer set status = :status, version = version + 1 where id = :id and version = :version")
                .param("status", to.name()).param("id", offerId).param("version", version)
                .update();
        return version + 1;
    }

    /**
     * Takes a seat of a course for an approved application, once: a second call for the same application changes
     * nothing. A full course stays at 0 (the approval stands). The version stays too: an editor with the form open
     * should not get a conflict for a seat, and a save computes seats left from the stored row, not the form.
     */
    boolean takeSeat(long offerId, long applicationId, Instant now) {
        int inserted = jdbc.sql("""
                        insert into catalogue_seat (application_id, offer_id, taken_at)
                        select :application, o.id, :now from catalogue_offer o
                        where o.id = :offer and o.kind = 'COURSE' and o.seats_left is not null
                        on conflict (application_id) do nothing
                        """)
                .param("application", applicationId).param("offer", offerId).param("now", java.sql.Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return false;
        }
        jdbc.sql("update catalogue_offer set seats_left = seats_left - 1"
                        + " where id = :offer and seats_left > 0")
                .param("offer", offerId).update();
        return true;
    }
}
