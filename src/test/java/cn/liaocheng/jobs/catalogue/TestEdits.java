package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.catalogue.OfferEdit.Bilingual;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.DisabilityCategory;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A complete course edit in Chinese only, the way an editor fills the form; tests change what they test. */
public final class TestEdits {

    private TestEdits() {}

    public static OfferEdit course(String title, @Nullable County county, @Nullable Integer seats) {
        var texts = new EnumMap<OfferTextField, Bilingual>(OfferTextField.class);
        texts.put(OfferTextField.TITLE, new Bilingual(title, ""));
        texts.put(OfferTextField.SUMMARY, new Bilingual("面向肢体残疾人的电商客服培训，结业后推荐就业。", ""));
        texts.put(OfferTextField.DETAILS, new Bilingual("共 20 天，每天上午上课，下午实操。", ""));
        texts.put(OfferTextField.PROVIDER, new Bilingual("东阿县残联", ""));
        texts.put(OfferTextField.VENUE, new Bilingual("东阿县残疾人综合服务中心三楼", ""));
        texts.put(OfferTextField.ELIGIBILITY, new Bilingual("持证残疾人，16 至 59 岁", ""));
        texts.put(OfferTextField.COST, new Bilingual("免费", ""));
        texts.put(OfferTextField.HOW_TO_APPLY, new Bilingual("在网上报名，或带残疾人证到县残联报名。", ""));
        texts.put(OfferTextField.LEAD_DEPARTMENT, new Bilingual("县残联", ""));
        texts.put(OfferTextField.CONTACT_NAME, new Bilingual("李老师", ""));
        var today = LocalDate.now();
        return new OfferEdit(OfferKind.COURSE, OfferSubtype.VOCATIONAL, county, "（十）1", texts, "0635-8212345",
                null, null, null, seats, today.plusDays(30), today.plusDays(50), today.minusDays(1), today.plusDays(20),
                false, false, Set.of(DisabilityCategory.PHYSICAL), Set.of(AccessibilityFeature.STEP_FREE), false);
    }

    public static OfferEdit withText(OfferEdit edit, OfferTextField field, String zh, String en) {
        var texts = new EnumMap<>(edit.texts());
        texts.put(field, new Bilingual(zh, en));
        return new OfferEdit(edit.kind(), edit.subtype(), edit.county(), edit.planMeasure(), texts, edit.contactPhone(),
                edit.amountMinYuan(), edit.amountMaxYuan(), edit.spaceSqm(), edit.seatsTotal(), edit.startsOn(),
                edit.endsOn(), edit.applicationsOpenFrom(), edit.applicationsCloseOn(), edit.suitsRural(),
                edit.suitsGraduates(), edit.suitableFor(), edit.accessibility(), edit.sample());
    }

    public static OfferEdit withSeats(OfferEdit edit, @Nullable Integer seats) {
        return new OfferEdit(edit.kind(), edit.subtype(), edit.county(), edit.planMeasure(), edit.texts(),
                edit.contactPhone(), edit.amountMinYuan(), edit.amountMaxYuan(), edit.spaceSqm(), seats, edit.startsOn(),
                edit.endsOn(), edit.applicationsOpenFrom(), edit.applicationsCloseOn(), edit.suitsRural(),
                edit.suitsGraduates(), edit.suitableFor(), edit.accessibility(), edit.sample());
    }
}
