package cn.liaocheng.jobs.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The way into the catalogue for views and for other capabilities. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final OfferRepository offers;
    private final OfferSearch search;
    private final Clock clock;

    CatalogueService(OfferRepository offers, OfferSearch search, Clock clock) {
        this.offers = offers;
        this.search = search;
        this.clock = clock;
    }

    /** One page (counted from 0) of offers that match, open ones first. */
    public Page<OfferSummary> search(OfferFilter filter, int page, int pageSize) {
        return search.search(filter, today(), PageRequest.of(Math.max(page, 0), pageSize));
    }

    public Optional<Offer> findBySlug(String slug) {
        return offers.findBySlug(slug);
    }

    public Map<OfferKind, Long> countByKind() {
        return search.countByKind();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
