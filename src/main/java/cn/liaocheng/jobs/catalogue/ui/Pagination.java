package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import org.springframework.data.domain.Page;

/**
 * Previous / next links with real URLs, so every page of results can be opened, shared and bookmarked; in the easy-read
 * version (易读版) they stay in it.
 */
class Pagination extends Composite<Nav> {

    Pagination(OfferFilter filter, Page<OfferSummary> page, boolean easyRead) {
        var nav = getContent();
        nav.addClassName("pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("catalogue.pagination"));
        int current = page.getNumber() + 1;
        if (page.hasPrevious()) {
            var previous = new Anchor(FilterQuery.url(filter, current - 1, easyRead), getTranslation("catalogue.pagination.previous"));
            previous.getElement().setAttribute("rel", "prev");
            nav.add(previous);
        }
        nav.add(new Span(getTranslation("catalogue.pagination.position", current, page.getTotalPages())));
        if (page.hasNext()) {
            var next = new Anchor(FilterQuery.url(filter, current + 1, easyRead), getTranslation("catalogue.pagination.next"));
            next.getElement().setAttribute("rel", "next");
            nav.add(next);
        }
    }
}
