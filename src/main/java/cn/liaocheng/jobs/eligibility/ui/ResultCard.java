package cn.liaocheng.jobs.eligibility.ui;

import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.catalogue.OfferSummary;
import cn.liaocheng.jobs.eligibility.EligibilityResult;
import cn.liaocheng.jobs.eligibility.Wording;
import cn.liaocheng.jobs.shared.County;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One programme that applies, as plain sentences a screen reader and the read-aloud toolbar read in order: the title,
 * why it applies, the plan's article, the lead department, what to bring, and its offers open now, each with a big
 * 在线申请 button.
 */
class ResultCard extends Section {

    /** Enough to choose from on a phone; the rest are one link away. */
    static final int OFFERS_SHOWN = 3;

    private final H3 heading;

    ResultCard(EligibilityResult.Match match, County county, Wording wording, Consumer<OfferSummary> apply) {
        var rule = match.verdict().rule();
        var locale = getLocale();
        addClassName("result-card");
        setId("result-" + rule.code());
        heading = new H3(rule.title().in(locale));
        heading.setId("result-" + rule.code() + "-heading");
        // Focused when care mode moves to this card; not a tab stop.
        heading.getElement().setAttribute("tabindex", "-1");
        var because = new Paragraph(wording.because(match.verdict(), locale));
        because.addClassName("result-because");
        add(heading, because,
                new Paragraph(getTranslation("check.result.lead", rule.leadDepartment().in(locale))),
                new Paragraph(getTranslation("check.result.bring", rule.whatToBring().in(locale))),
                new Paragraph(getTranslation("check.result.article", rule.article())));
        if (match.offers().isEmpty()) {
            add(new Paragraph(getTranslation("check.result.no-offers")));
            return;
        }
        add(new Paragraph(getTranslation("check.result.offers", match.offers().size())));
        var list = new UnorderedList();
        list.addClassName("result-offers");
        match.offers().stream().limit(OFFERS_SHOWN).forEach(offer -> list.add(offer(offer, apply)));
        add(list);
        if (match.offers().size() > OFFERS_SHOWN) {
            var all = new Anchor(allOffers(rule.subtypes(), county), getTranslation("check.result.all-offers",
                    getTranslation(county.messageKey())));
            add(new Paragraph(all));
        }
    }

    private ListItem offer(OfferSummary offer, Consumer<OfferSummary> apply) {
        var title = offer.title().in(getLocale());
        var link = new Anchor("offers/" + offer.slug(), title);
        var place = new Paragraph(getTranslation(offer.county().messageKey()));
        place.addClassName("offer-meta");
        var button = new Button(getTranslation("check.result.apply"), e -> apply.accept(offer));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClassName("result-apply");
        button.setId("apply-" + offer.slug());
        // The visible words first, then which offer: one of several 在线申请 buttons, told apart by screen readers.
        button.getElement().setAttribute("aria-label", getTranslation("check.result.apply.named", title));
        var item = new ListItem(new Paragraph(link), place, new Div(button));
        item.addClassName("result-offer");
        return item;
    }

    /**
     * The list of this programme's offers open now in the person's county: of its one subtype, or of its kind when it
     * opens several (职业技能培训: vocational, online and assessment courses). The list's county filter leaves out
     * city-wide offers, so the link says "more", not how many.
     */
    static String allOffers(Set<OfferSubtype> subtypes, County county) {
        var where = "county=" + county.slug() + "&open=1";
        if (subtypes.size() == 1) {
            return "offers?type=" + subtypes.iterator().next().slug() + "&" + where;
        }
        return subtypes.iterator().next().kind().path() + "?" + where;
    }

    H3 heading() {
        return heading;
    }
}
