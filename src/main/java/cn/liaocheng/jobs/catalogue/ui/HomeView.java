package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.OfferFilter;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The front door: what the portal offers, in plain words, and the way to each kind of offer and to applying. */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, title = "home.heading")
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    HomeView(CatalogueService catalogue) {
        addClassName("home");
        add(new PageHeading(getTranslation("home.heading")), lead(getTranslation("home.intro")),
                new Paragraph(getTranslation("home.helpers")), checker(), search(), kinds(catalogue), howToApply(), targets());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("home.title"));
    }

    /** The eligibility checker (its own capability, so the address is a string like the shell's links). */
    private Section checker() {
        var start = new Anchor("check", getTranslation("home.check.link"));
        start.addClassName("button-link");
        start.setId("home-check");
        var section = new Section(new H2(getTranslation("home.check.heading")),
                new Paragraph(getTranslation("home.check.text")), new Paragraph(start));
        section.addClassName("home-check");
        return section;
    }

    private static Paragraph lead(String text) {
        var lead = new Paragraph(text);
        lead.addClassName("lead");
        return lead;
    }

    /** The browser's own box and button: the front door loads none of Vaadin's field scripts (decision 0029). */
    private Section search() {
        var keyword = NativeTextField.search("home-search", getTranslation("home.search.label"));
        keyword.setHint(getTranslation("catalogue.filter.keyword.hint"));
        keyword.addEnterListener(text -> search(text));
        var button = new NativeButton(getTranslation("catalogue.filter.search"), e -> search(keyword.getValue()));
        button.setId("home-search-button");
        button.addClassNames("lc-button", "lc-button-primary");
        var form = new Div(keyword, button);
        form.addClassName("home-search");
        var section = new Section(new H2(getTranslation("home.search.heading")), form);
        section.addClassName("home-section");
        return section;
    }

    private static void search(String keyword) {
        FilterQuery.navigate(new OfferFilter(keyword, null, null, null, null, false, false));
    }

    private Section kinds(CatalogueService catalogue) {
        var counts = catalogue.countByKind();
        boolean empty = counts.values().stream().allMatch(n -> n == 0);
        var list = new UnorderedList();
        list.addClassName("kind-cards");
        for (OfferKind kind : OfferKind.values()) {
            var link = new Anchor(kind.path(), getTranslation(kind.messageKey()));
            var item = new ListItem(new H3(link),
                    new Paragraph(getTranslation("home.kind." + kind.path())),
                    new Paragraph(counts.getOrDefault(kind, 0L) == 0 ? getTranslation("catalogue.empty." + kind.path())
                            : getTranslation("home.kind.count", counts.getOrDefault(kind, 0L))));
            item.addClassName("kind-card");
            list.add(item);
        }
        var section = new Section(new H2(getTranslation("home.kinds.heading")));
        if (empty) {
            var notice = new cn.liaocheng.jobs.shell.Notice(getTranslation("home.catalogue.empty"));
            notice.setId("home-catalogue-empty");
            section.add(notice);
        }
        section.add(list);
        section.addClassName("home-section");
        return section;
    }

    private Section howToApply() {
        var link = new Anchor(HowToApplyView.ROUTE, getTranslation("home.apply.link"));
        link.addClassName("button-link");
        var section = new Section(new H2(getTranslation("home.apply.heading")),
                new Paragraph(getTranslation("home.apply.text")), link);
        section.addClassName("home-section");
        return section;
    }

    private Section targets() {
        var list = new UnorderedList(
                new ListItem(getTranslation("home.targets.jobs")),
                new ListItem(getTranslation("home.targets.rate")),
                new ListItem(getTranslation("home.targets.assisted")));
        var section = new Section(new H2(getTranslation("home.targets.heading")),
                new Paragraph(getTranslation("home.targets.intro")), list);
        section.addClassNames("home-section", "care-secondary");
        return section;
    }
}
