package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/** One line of the editors' list. */
public record OfferRow(long id, OfferKind kind, OfferSubtype subtype, County county, LocalizedText title,
        OfferStatus status, @Nullable Integer seatsTotal, @Nullable Integer seatsLeft, boolean sample) {
}
