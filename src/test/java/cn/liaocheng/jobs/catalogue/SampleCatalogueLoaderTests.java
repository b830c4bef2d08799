package cn.liaocheng.jobs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.shared.County;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class SampleCatalogueLoaderTests {

    private static final List<String> PLAN_AREAS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一");

    @Autowired OfferRepository repository;
    @Autowired CatalogueService catalogue;
    @Autowired JsonMapper json;
    @Autowired TestOffers testOffers;

    private SampleCatalogueLoader loader;
    private final LocalDate today = LocalDate.of(2026, 11, 28);

    @BeforeEach
    void createLoader() {
        loader = new SampleCatalogueLoader(repository, catalogue, json);
    }

    @Test
    void the_sample_has_at_least_sixty_offers_of_every_kind_and_every_county() throws Exception {
        var offers = loader.read(today);

        assertThat(offers).hasSizeGreaterThanOrEqualTo(60);
        assertThat(offers).extracting(Offer::kind).contains(OfferKind.values());
        assertThat(offers.stream().map(Offer::county).collect(Collectors.toSet())).containsAll(Arrays.asList(County.values()));
        assertThat(offers).allMatch(Offer::sample);
        assertThat(offers.stream().map(Offer::slug).distinct()).hasSameSizeAs(offers);
    }

    @Test
    void every_action_area_of_the_plan_is_covered_and_named_with_its_lead_department() throws Exception {
        var offers = loader.read(today);

        var areas = offers.stream().map(o -> o.planMeasure().replaceAll("^[（(]([一二三四五六七八九十]+)[）)].*$", "$1"))
                .collect(Collectors.toSet());
        assertThat(areas).containsAll(PLAN_AREAS);
        assertThat(offers).allMatch(o -> !o.leadDepartment().zh().isBlank() && !o.contactPhone().isBlank());
    }

    @Test
    void agricultural_training_is_offered_in_shenxian_for_rural_residents() throws Exception {
        var offers = loader.read(today);

        assertThat(offers).filteredOn(o -> o.subtype() == OfferSubtype.AGRICULTURAL && o.county() == County.SHENXIAN)
                .hasSizeGreaterThanOrEqualTo(3)
                .allMatch(Offer::suitsRural);
    }

    @Test
    void dates_are_relative_to_the_day_of_loading_so_some_offers_are_always_open() throws Exception {
        var offers = loader.read(today);

        assertThat(offers).anyMatch(o -> o.isOpenOn(today));
        assertThat(offers).anyMatch(o -> o.applicationsCloseOn() != null && o.applicationsCloseOn().isBefore(today));
        assertThat(offers).anyMatch(o -> o.applicationsOpenFrom() != null && o.applicationsOpenFrom().isAfter(today));
        assertThat(loader.read(today.plusYears(1))).anyMatch(o -> o.isOpenOn(today.plusYears(1)));
    }

    @Test
    @Transactional
    void the_whole_sample_is_accepted_by_the_database() throws Exception {
        var saved = repository.saveAll(loader.read(today));

        assertThat(saved).allMatch(o -> o.id() != null);
    }

    @Test
    void a_catalogue_that_has_offers_is_left_alone() throws Exception {
        testOffers.offer(TestOffers.uniqueToken()).save();
        long before = repository.count();

        loader.run(null);

        assertThat(repository.count()).isEqualTo(before);
    }
}
