package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.catalogue.OfferSummary;
import cn.liaocheng.jobs.easyread.EasyReadPanel;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.EasyReadSwitch;
import cn.liaocheng.jobs.easyread.EasyReadTopics;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DisplaySettings;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * A list of offers with the search form above it. The filters live in the URL, so a result list can
 * be bookmarked or sent to someone; results come one page at a time and their number is announced.
 * Subclasses fix the kind: {@code /courses}, {@code /incubation}, {@code /loans}, {@code /programmes};
 * {@link OfferSearchView} ({@code /offers}) shows every kind.
 */
abstract class OfferListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 10;
    /** Care mode shows fewer results per screen. */
    static final int CARE_PAGE_SIZE = 5;
    static final String RESULTS_HEADING = "results-heading";

    private final CatalogueService catalogue;
    private final Announcer announcer;
    private final DisplaySettings display;
    private final @Nullable OfferKind kind;
    private final EasyReadService easyRead;
    private final EasyReadSwitch easySwitch;
    private final EasyReadPanel easyPanel = new EasyReadPanel();
    private boolean easy;
    private final OfferFilterForm form = new OfferFilterForm(this::search, this::applyChoice);
    private final Div notes = new Div();
    private final Section results = new Section();
    private String title = "";

    OfferListView(CatalogueService catalogue, Announcer announcer, DisplaySettings display, EasyReadService easyRead,
            @Nullable OfferKind kind) {
        this.catalogue = catalogue;
        this.easyRead = easyRead;
        this.easySwitch = new EasyReadSwitch(announcer);
        this.announcer = announcer;
        this.display = display;
        this.kind = kind;
        addClassName("offer-list-view");
        notes.addClassName("notes");
        results.addClassName("results");
        results.setId("results");
        add(new PageHeading(heading()));
        // Every list has its easy-read version (易读版): each kind's, and for the search across all kinds one saying
        // what the four kinds are.
        add(easySwitch, new Paragraph(getTranslation(introKey())), easyPanel, notes, form, results);
    }

    private String heading() {
        return getTranslation(kind == null ? "catalogue.search.heading" : kind.messageKey());
    }

    private String introKey() {
        return kind == null ? "catalogue.search.intro" : "catalogue.intro." + kind.path();
    }

    /** The list and what narrows it, so that a screen reader says where one is: 培训课程 · 莘县 · 第 2 页. */
    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    private String describe(OfferFilter filter, int page) {
        var parts = new ArrayList<String>();
        parts.add(heading());
        if (filter.county() != null) {
            parts.add(getTranslation(filter.county().messageKey()));
        }
        if (filter.subtype() != null) {
            parts.add(getTranslation(filter.subtype().messageKey()));
        }
        if (filter.category() != null) {
            parts.add(getTranslation(filter.category().messageKey()));
        }
        if (filter.ruralOnly()) {
            parts.add(getTranslation("catalogue.parameter.rural"));
        }
        if (filter.openNow()) {
            parts.add(getTranslation("catalogue.parameter.open"));
        }
        if (!filter.keyword().isEmpty()) {
            parts.add(getTranslation("catalogue.title.keyword", filter.keyword()));
        }
        if (page > 1) {
            parts.add(getTranslation("catalogue.title.page", page));
        }
        if (easy) {
            parts.add(getTranslation("easyread.switch"));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = FilterQuery.parse(event.getLocation().getQueryParameters(), kind);
        form.setValue(query.filter());
        easy = EasyReadSwitch.isOn(event.getLocation().getQueryParameters());
        easySwitch.setOn(easy);
        easyPanel.show(easy ? easyRead.find(kind == null ? EasyReadTopics.ALL_OFFERS : kind.name()) : Optional.empty());
        int pageSize = display.careMode() ? CARE_PAGE_SIZE : PAGE_SIZE;
        var page = catalogue.search(query.filter(), query.page() - 1, pageSize);
        boolean pastTheEnd = page.getTotalElements() > 0 && page.getContent().isEmpty();
        if (pastTheEnd) {
            page = catalogue.search(query.filter(), page.getTotalPages() - 1, pageSize);
        }
        showNotes(query, pastTheEnd);
        showResults(query.filter(), page);
        title = describe(query.filter(), page.getNumber() + 1);
    }

    private void search(OfferFilter filter) {
        // The results are what the person wants next, not the top of the form: the count is read out there.
        getUI().ifPresent(ui -> MainLayout.focusAfterNextNavigation(ui, RESULTS_HEADING));
        // A changed kind moves to that kind's own list page, which has its easy-read version too.
        FilterQuery.navigate(filter, easy);
    }

    /**
     * A county, type, category or tick chosen: the same list page with the new filters, in the URL as after 查找. Focus
     * stays on the control (the count is announced), so that the person can go on choosing; the list shown stays the
     * page's kind even if the kind field was changed without 查找.
     */
    private void applyChoice(OfferFilter chosen) {
        var subtype = chosen.subtype() != null && chosen.subtype().kind() == kind ? chosen.subtype() : null;
        var filter = new OfferFilter(chosen.keyword(), chosen.county(), kind, subtype, chosen.category(),
                chosen.ruralOnly(), chosen.openNow());
        getUI().ifPresent(MainLayout::keepFocusAfterNextNavigation);
        FilterQuery.navigate(filter, easy);
    }

    private void showNotes(FilterQuery query, boolean pastTheEnd) {
        notes.removeAll();
        if (query.keywordShortened()) {
            notes.add(new Notice(getTranslation("catalogue.note.keyword.shortened", OfferFilter.MAX_KEYWORD_LENGTH)));
        }
        if (!query.ignored().isEmpty()) {
            var names = query.ignored().stream()
                    .map(name -> getTranslation("catalogue.parameter." + name))
                    .collect(Collectors.joining(getTranslation("catalogue.list.separator")));
            notes.add(new Notice(getTranslation("catalogue.note.ignored", names)));
        }
        if (pastTheEnd) {
            notes.add(new Notice(getTranslation("catalogue.note.last.page")));
        }
    }

    private boolean nothingPublished() {
        var counts = catalogue.countByKind();
        return kind == null ? counts.values().stream().allMatch(n -> n == 0) : counts.getOrDefault(kind, 0L) == 0;
    }

    private void showResults(OfferFilter filter, Page<OfferSummary> page) {
        results.removeAll();
        var count = page.getTotalElements();
        String summary = count == 0
                ? getTranslation("catalogue.results.none")
                : getTranslation("catalogue.results.count", count, page.getNumber() + 1, page.getTotalPages());
        var heading = new H2(summary);
        heading.setId(RESULTS_HEADING);
        heading.getElement().setAttribute("tabindex", "-1");
        results.getElement().setAttribute("aria-labelledby", RESULTS_HEADING);
        results.add(heading);
        if (count == 0 && nothingPublished()) {
            // Not "nothing matches your filters": there is nothing at all yet, and changing filters will not help.
            summary = getTranslation(kind == null ? "catalogue.empty.all" : "catalogue.empty." + kind.path());
            heading.setText(summary);
            var explanation = new Paragraph(getTranslation("catalogue.empty.hint"));
            explanation.setId("catalogue-empty");
            results.add(explanation);
        } else if (count == 0) {
            results.add(new Paragraph(getTranslation("catalogue.results.none.hint")));
        } else {
            var list = new UnorderedList();
            list.addClassName("offer-cards");
            var today = catalogue.today();
            page.getContent().forEach(offer -> list.add(new OfferCard(offer, today, easy)));
            results.add(list);
            if (page.getTotalPages() > 1) {
                results.add(new Pagination(filter, page, easy));
            }
        }
        announcer.announce(summary);
    }
}
