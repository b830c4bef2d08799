package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.shared.LocalizedText;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** One offer with everything a person needs to decide and to apply, at a stable address: {@code /offers/<slug>}. */
@Route(value = "offers/:slug", layout = MainLayout.class)
@AnonymousAllowed
class OfferDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{0,79}";

    private final CatalogueService catalogue;
    private final OfferText text = new OfferText(this);
    private String title = "";

    OfferDetailView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("offer-detail");
    }

    static String url(String slug) {
        return OfferSearchView.ROUTE + "/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var offer = event.getRouteParameters().get("slug")
                .filter(slug -> slug.matches(SLUG_PATTERN))
                .flatMap(catalogue::findBySlug);
        if (offer.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(offer.get());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    private void show(Offer offer) {
        removeAll();
        title = text.text(offer.title());
        var back = new Anchor(offer.kind().path(), getTranslation("offer.back", getTranslation(offer.kind().messageKey())));
        back.addClassName("back-link");
        add(back, new PageHeading(title));
        if (offer.sample()) {
            add(new Notice(getTranslation("offer.sample.long")));
        }
        var summary = new Paragraph(text.text(offer.summary()));
        summary.addClassName("lead");
        var today = catalogue.today();
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
        add(section("offer.section.apply", new Paragraph(text.text(offer.howToApply())),
                new Paragraph(getTranslation("application.offer.apply.text")), new Paragraph(online),
                new Paragraph(steps)));
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
