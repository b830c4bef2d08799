package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a search result card shows of an offer. */
public record OfferSummary(String slug, OfferKind kind, OfferSubtype subtype, County county,
        @Nullable LocalizedText township, LocalizedText title, LocalizedText summary, LocalizedText provider,
        @Nullable Integer seatsTotal, @Nullable Integer seatsLeft, @Nullable LocalDate startsOn,
        @Nullable LocalDate applicationsOpenFrom, @Nullable LocalDate applicationsCloseOn, boolean openNow, boolean sample) {

    public boolean isFull() {
        return seatsLeft != null && seatsLeft == 0;
    }
}
