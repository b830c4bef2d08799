package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferStatus;
import cn.liaocheng.jobs.shared.LocalizedText;
import cn.liaocheng.jobs.shell.Notice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Everything the public page of one offer shows, below its heading: used by the public page itself and by the
 * editors' preview, so that the preview is the page and never a copy that drifts from it.
 */
class OfferPage extends Div {

    private final OfferText text = new OfferText(this);

    OfferPage() {
        addClassName("offer-page");
    }

    /**
     * Shows the offer. {@code heading} is the page's h1 on the public page, and a lower heading in a preview, which
     * sits inside the edit page under its own h1.
     */
    void show(Offer offer, LocalDate today, Component heading) {
        show(offer, today, heading, false);
    }

    /** The same; in the easy-read version (易读版) the link back to the kind's list opens that list in it too. */
    void show(Offer offer, LocalDate today, Component heading, boolean easyRead) {
        removeAll();
        var back = new Anchor(FilterQuery.url(OfferFilter.ofKind(offer.kind()), 1, easyRead), getTranslation("offer.back", getTranslation(offer.kind().messageKey())));
        back.addClassName("back-link");
        add(back, heading);
        var locale = UI.getCurrent().getLocale();
        if (offer.title().fallsBackToChinese(locale) || offer.summary().fallsBackToChinese(locale)
                || offer.details().fallsBackToChinese(locale)) {
            var notice = new Notice(getTranslation("offer.no-english"));
            notice.setId("offer-no-english");
            add(notice);
        }
        if (offer.status() == OfferStatus.CLOSED) {
            var notice = new Notice(getTranslation("offer.closed.note"));
            notice.setId("offer-closed-note");
            add(notice);
        }
        if (offer.sample()) {
            add(new Notice(getTranslation("offer.sample.long")));
        }
        var summary = new Paragraph(text.text(offer.summary()));
        summary.addClassName("lead");
        var status = new Paragraph(text.applicationStatus(offer.isOpenOn(today), offer.applicationsOpenFrom(),
                offer.applicationsCloseOn(), today));
        status.addClassName("offer-status");
        status.addClassName(offer.isOpenOn(today) ? "is-open" : "is-closed");
        add(summary, status, facts(offer));

        add(section("offer.section.details", new Paragraph(text.text(offer.details()))));
        add(section("offer.section.eligibility", eligibility(offer)));
        add(section("offer.section.accessibility", accessibility(offer)));
        if (offer.documents() != null) {
            add(section("offer.section.documents", new Paragraph(text.text(offer.documents()))));
        }
        if (offer.terms() != null) {
            add(section("offer.section.terms", new Paragraph(text.text(offer.terms()))));
        }
        var steps = new Anchor(HowToApplyView.ROUTE, getTranslation("offer.apply.steps"));
        // The applications capability's start page; a plain address, so catalogue does not depend on it.
        var online = new Anchor("apply/" + offer.slug(), getTranslation("application.offer.apply"));
        online.addClassName("button-link");
        online.setId("apply-online");
        if (offer.status() == OfferStatus.CLOSED) {
            add(section("offer.section.apply", new Paragraph(text.text(offer.howToApply())), new Paragraph(steps)));
        } else {
            add(section("offer.section.apply", new Paragraph(text.text(offer.howToApply())),
                    new Paragraph(getTranslation("application.offer.apply.text")), new Paragraph(online),
                    new Paragraph(steps)));
        }
        add(section("offer.section.contact", contact(offer)));
        add(section("offer.section.policy", policy(offer)));
    }

    private DescriptionList facts(Offer offer) {
        var facts = new DescriptionList();
        facts.addClassName("facts");
        fact(facts, "offer.fact.kind", text.kind(offer.kind(), offer.subtype()));
        fact(facts, "offer.fact.place", text.place(offer.county(), offer.township()));
        fact(facts, "offer.fact.provider", text.text(offer.provider()));
        fact(facts, "offer.fact.venue", offer.venue() == null ? getTranslation("offer.fact.venue.online") : text.text(offer.venue()));
        if (offer.startsOn() != null) {
            fact(facts, "offer.fact.dates", offer.endsOn() == null
                    ? getTranslation("offer.fact.dates.from", text.date(offer.startsOn()))
                    : getTranslation("offer.fact.dates.range", text.date(offer.startsOn()), text.date(offer.endsOn())));
        }
        fact(facts, "offer.fact.seats", text.seats(offer.seatsTotal(), offer.seatsLeft()));
        fact(facts, "offer.fact.cost", optional(offer.cost()));
        fact(facts, "offer.fact.subsidy", optional(offer.subsidy()));
        if (offer.amountMaxYuan() != null) {
            fact(facts, "offer.fact.amount", offer.amountMinYuan() == null
                    ? getTranslation("offer.fact.amount.upto", text.yuan(offer.amountMaxYuan()))
                    : getTranslation("offer.fact.amount.range", text.yuan(offer.amountMinYuan()), text.yuan(offer.amountMaxYuan())));
        }
        fact(facts, "offer.fact.rate", optional(offer.rate()));
        if (offer.spaceSqm() != null) {
            fact(facts, "offer.fact.space", getTranslation("offer.fact.space.sqm", offer.spaceSqm()));
        }
        return facts;
    }

    private void fact(DescriptionList facts, String termKey, @Nullable String value) {
        if (value != null) {
            facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
        }
    }

    private @Nullable String optional(@Nullable LocalizedText value) {
        return value == null ? null : text.text(value);
    }

    private Section section(String headingKey, Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        section.addClassName("offer-section");
        return section;
    }

    private Component[] eligibility(Offer offer) {
        var suits = new UnorderedList();
        offer.suitableFor().stream()
                .map(Offer.Suitability::category)
                .sorted(Comparator.naturalOrder())
                .forEach(category -> suits.add(new ListItem(getTranslation(category.messageKey()))));
        if (offer.suitsRural()) {
            suits.add(new ListItem(getTranslation("offer.suits.rural")));
        }
        if (offer.suitsGraduates()) {
            suits.add(new ListItem(getTranslation("offer.suits.graduates")));
        }
        return new Component[] {new Paragraph(text.text(offer.eligibility())),
                new Paragraph(getTranslation("offer.suits.heading")), suits};
    }

    private Component accessibility(Offer offer) {
        if (offer.accessibility().isEmpty()) {
            return new Paragraph(getTranslation("offer.accessibility.none"));
        }
        var list = new UnorderedList();
        offer.accessibility().stream()
                .map(Offer.Accessibility::feature)
                .sorted(Comparator.naturalOrder())
                .forEach(feature -> list.add(new ListItem(getTranslation(feature.messageKey()))));
        return list;
    }

    private Component[] contact(Offer offer) {
        var phone = new Anchor("tel:" + offer.contactPhone().replaceAll("[^0-9+]", ""), offer.contactPhone());
        var line = new Paragraph(new Span(text.text(offer.contactName()) + getTranslation("offer.contact.phone")), phone);
        return new Component[] {line};
    }

    private Component[] policy(Offer offer) {
        return new Component[] {
                new Paragraph(getTranslation("offer.policy.measure", offer.planMeasure())),
                new Paragraph(getTranslation("offer.policy.lead", text.text(offer.leadDepartment())))};
    }
}
