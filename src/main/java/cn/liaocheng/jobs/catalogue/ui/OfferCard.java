package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/**
 * One result in a list: a plain list item whose heading is the link, readable at 320 px and by screen readers. From a
 * list in the easy-read version (易读版) the offer's page opens in it too.
 */
class OfferCard extends ListItem {

    OfferCard(OfferSummary offer, LocalDate today, boolean easyRead) {
        addClassName("offer-card");
        var text = new OfferText(this);
        var link = new Anchor(OfferDetailView.url(offer.slug(), easyRead), text.text(offer.title()));
        add(new H3(link));

        var meta = new Paragraph(text.kind(offer.kind(), offer.subtype()) + " · " + text.place(offer.county(), offer.township()));
        meta.addClassName("offer-meta");
        add(meta);

        var summary = new Paragraph(text.text(offer.summary()));
        summary.addClassName("offer-summary");
        add(summary);

        var status = new Paragraph(text.applicationStatus(offer.openNow(), offer.applicationsOpenFrom(),
                offer.applicationsCloseOn(), today));
        status.addClassName("offer-status");
        status.addClassName(offer.openNow() ? "is-open" : "is-closed");
        var seats = text.seats(offer.seatsTotal(), offer.seatsLeft());
        if (seats != null) {
            status.add(new Span(" · " + seats));
        }
        add(status);

        if (offer.sample()) {
            var badge = new Span(getTranslation("offer.sample"));
            badge.addClassName("sample-badge");
            add(badge);
        }
    }
}
