package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds offers for one test. Each offer's title carries a token unique to the test, so tests that
 * share the database search for their own offers only and never depend on each other's data.
 */
@Component
public class TestOffers {

    private final OfferRepository offers;
    private final Clock clock;

    TestOffers(OfferRepository offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A token no other test uses, e.g. {@code t3f9a1c}; put it in titles and search for it. */
    public static String uniqueToken() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Builder offer(String title) {
        return new Builder(title);
    }

    public final class Builder {
        private final String title;
        private OfferSubtype subtype = OfferSubtype.VOCATIONAL;
        private County county = County.DONGCHANGFU;
        private @Nullable LocalizedText township;
        private Set<DisabilityCategory> suits = EnumSet.of(DisabilityCategory.PHYSICAL);
        private Set<AccessibilityFeature> features = EnumSet.of(AccessibilityFeature.STEP_FREE);
        private boolean rural;
        private @Nullable LocalDate opens = today().minusDays(10);
        private @Nullable LocalDate closes = today().plusDays(30);
        private @Nullable Integer seatsLeft = 10;
        private String summary = "一句话介绍";
        private @Nullable Integer amountMax;
        private OfferStatus status = OfferStatus.PUBLISHED;

        private Builder(String title) {
            this.title = title;
        }

        public Builder subtype(OfferSubtype value) { subtype = value; return this; }
        public Builder county(County value) { county = value; return this; }
        public Builder township(String zh) { township = new LocalizedText(zh, null); return this; }
        public Builder suits(DisabilityCategory... values) { suits = Set.of(values); return this; }
        public Builder features(AccessibilityFeature... values) { features = Set.of(values); return this; }
        public Builder rural() { rural = true; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder seatsLeft(@Nullable Integer value) { seatsLeft = value; return this; }
        public Builder loanUpTo(int yuan) { amountMax = yuan; return this; }
        public Builder closed() { opens = today().minusDays(60); closes = today().minusDays(30); return this; }
        public Builder upcoming() { opens = today().plusDays(20); closes = today().plusDays(50); return this; }
        public Builder status(OfferStatus value) { status = value; return this; }
        public Builder rolling() { opens = today().minusDays(20); closes = null; return this; }

        public Offer save() {
            var slug = "test-" + UUID.randomUUID().toString().substring(0, 13);
            var offer = new Offer(null, 0, slug, subtype.kind(), subtype, county, township, "（十）1",
                    new LocalizedText(title, title + " (en)"), new LocalizedText(summary, "One sentence"),
                    new LocalizedText("详细介绍" + title, "Details"), new LocalizedText("县残联", "County DPF"),
                    new LocalizedText("县残联二楼", "County DPF, 2nd floor"),
                    new LocalizedText("市残联、市人力资源社会保障局", "Municipal DPF; Municipal Human Resources Bureau"),
                    new LocalizedText("李老师", "Ms Li"), "0635-8212345",
                    new LocalizedText("带身份证和残疾人证到县残联报名。", "Bring your ID and certificate."),
                    new LocalizedText("持证残疾人", "Certificate holders"),
                    new LocalizedText("免费", "Free"), null, null, null, null,
                    amountMax == null ? null : 10_000, amountMax, null,
                    seatsLeft == null ? null : 30, seatsLeft,
                    today().plusDays(40), today().plusDays(60), opens, closes,
                    rural, false,
                    suits.stream().map(Offer.Suitability::new).collect(Collectors.toSet()),
                    features.stream().map(Offer.Accessibility::new).collect(Collectors.toSet()),
                    true, status);
            return offers.save(offer);
        }
    }
}
