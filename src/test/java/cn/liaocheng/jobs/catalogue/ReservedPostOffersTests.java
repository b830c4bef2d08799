package cn.liaocheng.jobs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liaocheng.jobs.quota.ReservedPostApproved;
import cn.liaocheng.jobs.shared.County;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Approved reserved posts (quota) become job programmes; delivered again, they update the same offer. */
@SpringBootTest
class ReservedPostOffersTests {

    @Autowired ReservedPostOffers listener;
    @Autowired OfferRepository offers;
    @Autowired CatalogueService catalogue;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    private final long unit = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);

    private ReservedPostApproved post(String title, int places, String contact) {
        return new ReservedPostApproved(41, 0, unit, "莘县自然资源局", 2026, title, County.SHENXIAN, places,
                "高中以上学历，会用电脑", contact);
    }

    @Test
    void a_post_with_a_number_to_call_is_published_as_a_reserved_post_programme_in_its_county() {
        var event = post("档案整理员", 2, "办公室 刘科长 0635-7312345");
        listener.offerFor(event);

        var offer = catalogue.findBySlug(ReservedPostOffers.slug(event)).orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(offer.subtype()).isEqualTo(OfferSubtype.RESERVED_POST);
        assertThat(offer.county()).isEqualTo(County.SHENXIAN);
        assertThat(offer.title().zh()).isEqualTo("档案整理员");
        assertThat(offer.provider().zh()).isEqualTo("莘县自然资源局");
        assertThat(offer.contactPhone()).isEqualTo("0635-7312345");
        assertThat(offer.seatsTotal()).isEqualTo(2);
        assertThat(offer.eligibility().zh()).isEqualTo("高中以上学历，会用电脑");
        assertThat(catalogue.search(new OfferFilter("档案整理员 莘县自然资源局", County.SHENXIAN, OfferKind.PROGRAMME,
                null, null, false, false), 0, 10).getContent()).extracting(OfferSummary::slug)
                .contains(offer.slug());
    }

    @Test
    void delivered_again_or_approved_again_it_updates_the_one_offer() {
        listener.offerFor(post("窗口服务", 1, "人事科 13912345678"));
        listener.offerFor(post("窗口服务", 1, "人事科 13912345678"));
        listener.offerFor(post("窗口服务（综合）", 3, "人事科 13912345678"));

        var same = offers.findAll().stream().filter(o -> o.slug().startsWith("reserved-post-" + unit + "-")).toList();
        assertThat(same).hasSize(1);
        assertThat(same.getFirst().title().zh()).isEqualTo("窗口服务（综合）");
        assertThat(same.getFirst().seatsTotal()).isEqualTo(3);
    }

    @Test
    void the_approval_event_reaches_the_catalogue_after_its_transaction_commits() throws InterruptedException {
        var event = post("资料录入", 1, "0635-7300000");
        transactions.executeWithoutResult(status -> events.publishEvent(event));

        var deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (offers.findBySlug(ReservedPostOffers.slug(event)).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20); // polling for the asynchronous listener, bounded by the deadline
        }
        assertThat(offers.findBySlug(ReservedPostOffers.slug(event))).isPresent();
    }

    @Test
    void without_a_number_to_call_it_waits_as_a_draft_for_an_editor() {
        var event = post("保洁", 1, "请到单位人事科咨询");
        listener.offerFor(event);

        var offer = offers.findBySlug(ReservedPostOffers.slug(event)).orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(catalogue.search(new OfferFilter("保洁 莘县自然资源局", null, null, null, null, false, false), 0, 10)
                .getContent()).as("not in the public lists").isEmpty();
    }
}
