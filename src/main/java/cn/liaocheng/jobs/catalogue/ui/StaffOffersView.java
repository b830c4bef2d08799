package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.catalogue.OfferEditor;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferRow;
import cn.liaocheng.jobs.catalogue.OfferStatus;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 项目管理 ({@code /staff/offers}): the offers this editor may edit (a county administrator's county, everything for
 * the city), as a table with state, kind, county and seats, filtered by state and kind in the URL; and the way to a
 * new offer of each kind.
 */
@Route(value = StaffOffersView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class StaffOffersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/offers";
    private static final List<String> COLUMNS = List.of("title", "state", "kind", "county", "seats");

    private final OfferEditor editor;
    final Select<OfferStatus> state = new Select<>();
    final Select<OfferKind> kind = new Select<>();

    private final AuthenticationContext authentication;

    StaffOffersView(OfferEditor editor, AuthenticationContext authentication) {
        this.editor = editor;
        this.authentication = authentication;
        addClassName("staff-offers");
        state.setLabel(getTranslation("offer.list.filter.state"));
        state.setId("offer-filter-state");
        state.setItems(OfferStatus.values());
        state.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("offer.list.filter.all"));
        kind.setLabel(getTranslation("offer.list.filter.kind"));
        kind.setId("offer-filter-kind");
        kind.setItems(OfferKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("offer.list.filter.all"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var shownState = query.getSingleParameter("state").flatMap(StaffOffersView::stateOf).orElse(null);
        var shownKind = query.getSingleParameter("kind").flatMap(OfferKind::fromPath).orElse(null);
        List<OfferRow> rows;
        try {
            rows = editor.list(shownState, shownKind);
        } catch (cn.liaocheng.jobs.catalogue.OfferNotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        state.setValue(shownState);
        kind.setValue(shownKind);
        removeAll();
        add(new PageHeading(getTranslation("offer.list.heading")), new Paragraph(getTranslation("offer.list.intro")),
                newOffers(), filters(), table(rows));
        if (authentication.hasRole(Role.Names.CITY_ADMINISTRATOR)) {
            // The easy-read texts (易读版) are city-wide, so only the city's administrators edit them.
            var easyRead = new Anchor("staff/easy-read", getTranslation("offer.list.easy-read"));
            easyRead.setId("offer-easy-read");
            add(new Paragraph(easyRead));
        }
    }

    private static Optional<OfferStatus> stateOf(String value) {
        return Arrays.stream(OfferStatus.values()).filter(s -> s.name().toLowerCase(Locale.ROOT).equals(value)).findFirst();
    }

    private Section newOffers() {
        var list = new UnorderedList();
        for (var each : OfferKind.values()) {
            var link = new Anchor(NewOfferView.url(each), getTranslation("offer.list.new", getTranslation(each.messageKey())));
            link.setId("offer-new-" + each.path());
            list.add(new ListItem(link));
        }
        return section("offer-new-heading", "offer.list.new.heading", list);
    }

    private Section filters() {
        var apply = new Button(getTranslation("offer.list.filter.apply"), e -> {
            var parameters = new HashMap<String, String>();
            if (state.getValue() != null) {
                parameters.put("state", state.getValue().name().toLowerCase(Locale.ROOT));
            }
            if (kind.getValue() != null) {
                parameters.put("kind", kind.getValue().path());
            }
            UI.getCurrent().navigate(ROUTE, QueryParameters.simple(parameters));
        });
        apply.setId("offer-filter-apply");
        var row = new Div(state, kind, apply);
        row.addClassName("offer-filters");
        return section("offer-filter-heading", "offer.list.filter.heading", row);
    }

    private Section table(List<OfferRow> rows) {
        var heading = new H2(getTranslation("offer.list.count", rows.size()));
        heading.setId("offer-list-heading");
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "offer-list-heading");
        if (rows.isEmpty()) {
            section.add(new Paragraph(getTranslation("offer.list.none")));
            return section;
        }
        var table = new ReflowTable("offer-table", getTranslation("offer.list.caption"), COLUMNS,
                c -> getTranslation("offer.list.column." + c));
        var locale = getLocale();
        for (var row : rows) {
            var link = new Anchor(EditOfferView.url(row.id()), row.title().in(locale));
            var state = new Span(getTranslation(row.status().messageKey())
                    + (row.sample() ? " · " + getTranslation("offer.sample") : ""));
            state.addClassName("offer-state-" + row.status().name().toLowerCase(Locale.ROOT));
            table.addRow("title", link)
                    .cell("state", state)
                    .cell("kind", new Span(getTranslation(row.kind().messageKey()) + " · "
                            + getTranslation(row.subtype().messageKey())))
                    .cell("county", new Span(getTranslation(row.county().messageKey())))
                    .cell("seats", new Span(seats(row)));
        }
        section.add(table);
        return section;
    }

    private String seats(OfferRow row) {
        if (row.seatsLeft() == null) {
            return getTranslation("offer.list.seats.none");
        }
        return row.seatsLeft() == 0 ? getTranslation("offer.seats.full")
                : getTranslation("offer.seats.left", row.seatsLeft(), row.seatsTotal() == null ? row.seatsLeft() : row.seatsTotal());
    }

    private Section section(String id, String headingKey, com.vaadin.flow.component.Component content) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId(id);
        var section = new Section(heading, content);
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("offer.list.heading"));
    }
}
