package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.accounts.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The way into the catalogue for views and for other capabilities. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final OfferRepository offers;
    private final OfferSearch search;
    private final OfferEditorStore editorStore;
    private final Clock clock;

    CatalogueService(OfferRepository offers, OfferSearch search, OfferEditorStore editorStore, Clock clock) {
        this.offers = offers;
        this.search = search;
        this.editorStore = editorStore;
        this.clock = clock;
    }

    /** One page (counted from 0) of offers that match, open ones first. */
    public Page<OfferSummary> search(OfferFilter filter, int page, int pageSize) {
        return search.search(filter, today(), PageRequest.of(Math.max(page, 0), pageSize));
    }

    /**
     * The offer at this address whatever its state, for the capabilities that hold applications for it (an
     * application outlives its offer's publication). Whether it takes applications is {@link Offer#isOpenOn}.
     */
    public Optional<Offer> findBySlug(String slug) {
        return offers.findBySlug(slug);
    }

    /** The offer for its public page: published, or closed (the page says so); drafts and unpublished ones are not. */
    public Optional<Offer> findPublicBySlug(String slug) {
        return offers.findBySlug(slug).filter(offer -> offer.status().isPublic());
    }

    /**
     * An approved application takes a seat of its course, once per application however often this is called; a
     * full course stays at 0. Nothing happens for other kinds of offer or a course without a seat count. Called by
     * the applications capability in the approval's transaction, by the staff member who approves.
     *
     * @return whether a seat was taken now
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public boolean takeSeat(long offerId, long applicationId) {
        return editorStore.takeSeat(offerId, applicationId, clock.instant());
    }

    public Map<OfferKind, Long> countByKind() {
        return search.countByKind();
    }

    /** The city's date; asks no database (a read-only transaction around it took a connection for every card). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
