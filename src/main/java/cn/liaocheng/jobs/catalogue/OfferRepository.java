package cn.liaocheng.jobs.catalogue;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface OfferRepository extends ListCrudRepository<Offer, Long> {

    /**
     * Written out: Spring Data builds a derived query's SQL anew at every call, 5 % of the server's time when 200
     * people browse (issue 12). The offer's suitability and accessibility sets are loaded as for any other method.
     */
    @Query("select * from catalogue_offer where slug = :slug")
    Optional<Offer> findBySlug(String slug);
}
