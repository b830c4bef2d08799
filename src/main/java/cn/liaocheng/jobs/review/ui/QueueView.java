package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.review.QueueFilter;
import cn.liaocheng.jobs.review.QueueFilter.QueueState;
import cn.liaocheng.jobs.review.QueuePage;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 工作台's queue ({@code /staff/queue}): the staff member's applications, oldest first, as a real table that reflows
 * into cards on a phone; counts per state at the top; filters in the URL; paged in the database.
 */
@Route(value = QueueView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class QueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/queue";
    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private static final List<String> COLUMNS = List.of("reference", "applicant", "offer", "township", "status",
            "submitted", "waiting", "assigned");

    private final ReviewService review;
    final Select<String> state = new Select<>();
    final Select<String> kind = new Select<>();
    final Select<String> offer = new Select<>();
    final TextField township = new TextField();
    final DatePartsField from;
    final Select<String> daiban = new Select<>();

    QueueView(ReviewService review) {
        this.review = review;
        addClassName("review-queue-page");
        from = new DatePartsField(getTranslation("review.queue.filter.from"));
        state.setId("queue-filter-state");
        kind.setId("queue-filter-kind");
        offer.setId("queue-filter-offer");
        township.setId("queue-filter-township");
        from.setId("queue-filter-from");
        daiban.setId("queue-filter-daiban");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var filter = QueueQuery.filter(query);
        var page = review.queue(filter, QueueQuery.page(query));
        removeAll();
        add(new PageHeading(getTranslation("review.queue.heading")), counts(page), filters(filter, page),
                table(page), pagination(filter, page));
    }

    private Component counts(QueuePage page) {
        var heading = new H2(getTranslation("review.queue.counts.heading"));
        heading.setId("queue-counts-heading");
        var list = new UnorderedList();
        list.setId("queue-counts");
        list.addClassName("queue-counts");
        for (var s : QueueState.values()) {
            var link = new Anchor(QueueQuery.url(new QueueFilter(s, null, null, null, null, null), 0),
                    getTranslation("review.queue.count", getTranslation(s.messageKey()), page.counts().get(s)));
            list.add(new ListItem(link));
        }
        var section = new Section(heading, list);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private Component filters(QueueFilter filter, QueuePage page) {
        state.setLabel(getTranslation("review.queue.filter.state"));
        options(state, Arrays.stream(QueueState.values()).map(s -> s.name()).toList(),
                s -> getTranslation(QueueState.valueOf(s).messageKey()));
        state.setValue(filter.state() == null ? "" : filter.state().name());
        kind.setLabel(getTranslation("review.queue.filter.kind"));
        options(kind, Arrays.stream(OfferKind.values()).map(OfferKind::path).toList(),
                k -> getTranslation(OfferKind.fromPath(k).orElseThrow().messageKey()));
        kind.setValue(filter.kind() == null ? "" : filter.kind().path());
        offer.setLabel(getTranslation("review.queue.filter.offer"));
        var titles = page.offers().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey(),
                e -> e.getValue(), (a, b) -> a));
        options(offer, page.offers().stream().map(e -> e.getKey()).toList(), titles::get);
        offer.setValue(filter.offerSlug() != null && titles.containsKey(filter.offerSlug()) ? filter.offerSlug() : "");
        township.setLabel(getTranslation("review.queue.filter.township"));
        township.setValue(Optional.ofNullable(filter.township()).orElse(""));
        from.setValue(filter.submittedFrom());
        daiban.setLabel(getTranslation("review.queue.filter.daiban"));
        options(daiban, List.of("yes", "no"), v -> getTranslation("review.queue.filter.daiban." + v));
        daiban.setValue(filter.onBehalf() == null ? "" : filter.onBehalf() ? "yes" : "no");
        var apply = new Button(getTranslation("review.queue.filter.apply"), e -> UI.getCurrent().navigate(ROUTE,
                QueueQuery.parameters(currentFilter(), 0)));
        apply.setId("queue-filter-apply");
        var clear = new Anchor(ROUTE, getTranslation("review.queue.filter.clear"));
        var heading = new H2(getTranslation("review.queue.filter.heading"));
        heading.setId("queue-filter-heading");
        var form = new FormLayout(state, kind, offer, township, from, daiban);
        var section = new Section(heading, form, apply, clear);
        section.setId("queue-filters");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    QueueFilter currentFilter() {
        return new QueueFilter(state.getValue() == null || state.getValue().isEmpty() ? null
                : QueueState.valueOf(state.getValue()),
                kind.getValue() == null ? null : OfferKind.fromPath(kind.getValue()).orElse(null),
                blank(offer.getValue()), blank(township.getValue()), from.getValue(),
                "yes".equals(daiban.getValue()) ? Boolean.TRUE : "no".equals(daiban.getValue()) ? Boolean.FALSE : null);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void options(Select<String> select, List<String> values, java.util.function.Function<String, String> label) {
        var all = new ArrayList<String>();
        all.add("");
        all.addAll(values);
        select.setItems(all);
        select.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("review.queue.filter.any") : label.apply(v));
    }

    private Component table(QueuePage page) {
        var table = new ReflowTable("queue-table", getTranslation("review.queue.table.caption", page.total()), COLUMNS,
                this::label);
        table.addClassName("queue-table");
        var days = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        page.rows().forEach(r -> {
            var c = r.reviewCase();
            var link = new Anchor(ReviewApplicationView.route(c.applicationId()), c.reference());
            link.addClassName("queue-reference");
            var waiting = new Span(getTranslation(r.overdue() ? "review.queue.waiting.overdue"
                    : "review.queue.waiting", r.workingDaysWaiting()));
            var row = table.addRow("reference", link)
                    .cell("applicant", new Span(c.applicantName() + (c.onBehalf()
                            ? getTranslation("review.queue.daiban-mark") : "")))
                    .cell("offer", new Span(c.offerTitle()))
                    .cell("township", new Span(c.township() == null ? getTranslation("review.none") : c.township()))
                    .cell("status", new Span(getTranslation(c.status().messageKey())))
                    .cell("submitted", new Span(days.format(c.submittedAt().atZone(LIAOCHENG))))
                    .cell("waiting", waiting)
                    .cell("assigned", new Span(c.assignedName() == null ? getTranslation("review.queue.unassigned")
                            : c.assignedName()));
            if (r.overdue()) {
                waiting.addClassName("overdue");
                row.addClassName("overdue-row");
            }
        });
        if (page.rows().isEmpty()) {
            return new Div(table, new Paragraph(getTranslation("review.queue.empty")));
        }
        return table;
    }

    private String label(String column) {
        return getTranslation("review.queue.column." + column);
    }

    private Component pagination(QueueFilter filter, QueuePage page) {
        var nav = new Nav();
        nav.addClassName("pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("review.queue.pagination"));
        if (page.page() > 0) {
            var previous = new Anchor(QueueQuery.url(filter, page.page() - 1), getTranslation("catalogue.pagination.previous"));
            previous.getElement().setAttribute("rel", "prev");
            nav.add(previous);
        }
        nav.add(new Span(getTranslation("review.queue.page", page.page() + 1, page.pages())));
        if (page.page() + 1 < page.pages()) {
            var next = new Anchor(QueueQuery.url(filter, page.page() + 1), getTranslation("catalogue.pagination.next"));
            next.getElement().setAttribute("rel", "next");
            nav.add(next);
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("review.queue.heading"));
    }
}
