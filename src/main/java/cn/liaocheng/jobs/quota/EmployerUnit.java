package cn.liaocheng.jobs.quota;

import cn.liaocheng.jobs.shared.County;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit (用人单位) as its representative asked to be recorded, and whether staff confirmed it.
 *
 * @param county                  where the unit is registered; {@link County#CITYWIDE} for a city-level unit (市直),
 *                                which only a city administrator confirms
 * @param representativeAccountId the account that asked; null only for sample units
 */
@Table("quota_unit")
public record EmployerUnit(
        @Id @Nullable Long id,
        String name,
        String creditCode,
        County county,
        UnitKind kind,
        boolean schoolOrKindergarten,
        @Nullable Long representativeAccountId,
        @Nullable String representativePosition,
        UnitStatus status,
        Instant requestedAt,
        @Nullable Instant decidedAt,
        @Nullable Long decidedBy,
        boolean sample,
        @Version int version) {

    static EmployerUnit requested(UnitRequest request, @Nullable Long accountId, Instant now, boolean sample) {
        return new EmployerUnit(null, request.name().strip(), request.creditCode(), request.county(), request.kind(),
                request.kind() == UnitKind.PUBLIC_INSTITUTION && request.schoolOrKindergarten(), accountId,
                request.position().strip(), UnitStatus.PENDING, now, null, null, sample, 0);
    }

    EmployerUnit decided(UnitStatus to, Instant now, @Nullable Long by) {
        if (status != UnitStatus.PENDING) {
            throw new IllegalStateException("only a pending request is decided");
        }
        return new EmployerUnit(id, name, creditCode, county, kind, schoolOrKindergarten, representativeAccountId,
                representativePosition, to, now, now, by, sample, version);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public boolean cityLevel() {
        return county == County.CITYWIDE;
    }
}
