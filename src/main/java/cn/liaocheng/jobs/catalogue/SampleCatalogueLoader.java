package cn.liaocheng.jobs.catalogue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fills an empty catalogue with the sample offers in {@code sample/catalogue.json}: realistic, derived
 * from the plan, and marked as sample data on every page that shows them. Only with the {@code sample}
 * profile, which {@code ./mvnw spring-boot:run} turns on and production never does.
 */
@Component
@Profile("sample")
// Before the sample applications (sampledata.SampleApplications, order 100), which apply for these offers.
@Order(10)
class SampleCatalogueLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleCatalogueLoader.class);
    static final String RESOURCE = "sample/catalogue.json";

    // The sample's dates are days from the day it is loaded, so the demo always has offers open now.
    private static final Map<String, String> RELATIVE_DATES = Map.of(
            "opensInDays", "applicationsOpenFrom",
            "closesInDays", "applicationsCloseOn",
            "startsInDays", "startsOn");

    private final OfferRepository offers;
    private final CatalogueService catalogue;
    private final JsonMapper json;

    SampleCatalogueLoader(OfferRepository offers, CatalogueService catalogue, JsonMapper json) {
        this.offers = offers;
        this.catalogue = catalogue;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (offers.count() > 0) {
            return;
        }
        var loaded = offers.saveAll(read(catalogue.today()));
        log.info("Loaded {} sample offers into the empty catalogue", loaded.size());
    }

    List<Offer> read(LocalDate today) throws IOException {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            var array = (ArrayNode) json.readTree(in);
            return array.valueStream().map(node -> toOffer((ObjectNode) node, today)).toList();
        }
    }

    private Offer toOffer(ObjectNode node, LocalDate today) {
        RELATIVE_DATES.forEach((relative, absolute) -> {
            var days = node.remove(relative);
            if (days != null && !days.isNull()) {
                node.put(absolute, today.plusDays(days.asLong()).toString());
            }
        });
        var duration = node.remove("durationDays");
        if (duration != null && !duration.isNull() && node.hasNonNull("startsOn")) {
            node.put("endsOn", LocalDate.parse(node.get("startsOn").asString()).plusDays(duration.asLong()).toString());
        }
        wrap(node, "suitableFor", "category");
        wrap(node, "accessibility", "feature");
        node.put("version", 0);
        node.put("sample", true);
        node.put("status", OfferStatus.PUBLISHED.name());
        return json.treeToValue(node, Offer.class);
    }

    /** ["VISUAL"] becomes [{"category": "VISUAL"}], the shape of the child records. */
    private void wrap(ObjectNode node, String field, String property) {
        var wrapped = json.createArrayNode();
        JsonNode values = node.path(field);
        values.valueStream().forEach(value -> wrapped.addObject().put(property, value.asString()));
        node.set(field, wrapped);
    }
}
