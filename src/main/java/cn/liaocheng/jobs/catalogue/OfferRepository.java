package cn.liaocheng.jobs.catalogue;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface OfferRepository extends ListCrudRepository<Offer, Long> {

    Optional<Offer> findBySlug(String slug);
}
