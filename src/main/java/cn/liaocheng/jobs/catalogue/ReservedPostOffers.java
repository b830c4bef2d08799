package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.quota.ReservedPostApproved;
import cn.liaocheng.jobs.shared.LocalizedText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A post an employer reserved for disabled applicants (按比例安排就业), once staff approved it, becomes a job programme in
 * the catalogue (issue 11, part 4). One offer per unit, year and post: the slug names them, so an event delivered
 * again, or a later approved revision of the same report, updates the offer instead of adding another. Published at
 * once when the contact names a telephone number; otherwise a draft that an editor completes (the public page
 * must give a number to call).
 */
@Component
class ReservedPostOffers {

    // The plan's measure for reserved posts in agencies, institutions and state enterprises, as the sample offer cites.
    static final String PLAN_MEASURE = "（一）2";
    // A fixed-line (0635-8212345) or mobile number inside the contact text.
    private static final Pattern PHONE = Pattern.compile("(0\\d{2,3}-?\\d{7,8}|1\\d{10})");
    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    /** How long applications stay open after approval, unless an editor changes it. */
    static final int WEEKS_OPEN = 12;

    private final OfferRepository offers;
    private final Clock clock;

    ReservedPostOffers(OfferRepository offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    /** After the approval commits, in its own transaction; kept and tried again by the event registry if it fails. */
    @ApplicationModuleListener
    void on(ReservedPostApproved post) {
        offerFor(post);
    }

    void offerFor(ReservedPostApproved post) {
        var slug = slug(post);
        var existing = offers.findBySlug(slug);
        var today = LocalDate.now(clock.withZone(LIAOCHENG));
        var number = PHONE.matcher(post.contact());
        var phone = number.find() ? number.group() : "";
        var status = existing.map(Offer::status).orElse(phone.isEmpty() ? OfferStatus.DRAFT : OfferStatus.PUBLISHED);
        int taken = existing.map(o -> o.seatsTotal() == null || o.seatsLeft() == null ? 0
                : o.seatsTotal() - o.seatsLeft()).orElse(0);
        var offer = new Offer(existing.map(Offer::id).orElse(null), existing.map(Offer::version).orElse(0), slug,
                OfferKind.PROGRAMME, OfferSubtype.RESERVED_POST, post.county(), null, PLAN_MEASURE,
                zh(post.titleZh()),
                zh("%s为残疾人预留的岗位，%d 个名额（%d 年按比例安排就业）。".formatted(post.unitName(), post.places(),
                        post.year())),
                zh(post.requirements()), zh(post.unitName()), null, zh("市残联、市人力资源社会保障局"),
                zh(post.contact()), phone,
                zh("带上身份证和残疾人证，到县（市、区）残联就业服务所报名，或按下面的联系方式直接联系用人单位。"
                        + "家里人或村（社区）残协专职委员可以替您去。"),
                zh(post.requirements()), null, null, null, null, null, null, null, null,
                post.places(), Math.max(0, post.places() - taken), null, null,
                existing.map(Offer::applicationsOpenFrom).orElse(today),
                existing.map(Offer::applicationsCloseOn).orElse(today.plusWeeks(WEEKS_OPEN)),
                false, false, Set.of(), Set.of(), false, status);
        offers.save(offer);
    }

    static String slug(ReservedPostApproved post) {
        return "reserved-post-%d-%d-%d".formatted(post.unitId(), post.year(), post.position()).toLowerCase(Locale.ROOT);
    }

    private static LocalizedText zh(String text) {
        return new LocalizedText(text, null);
    }
}
