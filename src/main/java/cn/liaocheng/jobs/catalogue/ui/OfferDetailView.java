package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.Offer;
import cn.liaocheng.jobs.easyread.EasyReadPanel;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.easyread.EasyReadSwitch;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One offer with everything a person needs to decide and to apply, at a stable address: {@code /offers/<slug>}. */
@Route(value = "offers/:slug", layout = MainLayout.class)
@AnonymousAllowed
class OfferDetailView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SLUG_PATTERN = "[a-z0-9][a-z0-9-]{0,79}";

    private final CatalogueService catalogue;
    private final OfferText text = new OfferText(this);
    private final OfferPage page = new OfferPage();
    private final EasyReadService easyRead;
    private final EasyReadSwitch easySwitch;
    private final EasyReadPanel easyPanel = new EasyReadPanel();
    private boolean easy;
    private String title = "";

    OfferDetailView(CatalogueService catalogue, EasyReadService easyRead, Announcer announcer) {
        this.catalogue = catalogue;
        this.easyRead = easyRead;
        this.easySwitch = new EasyReadSwitch(announcer);
        addClassName("offer-detail");
        add(page);
    }

    static String url(String slug) {
        return OfferSearchView.ROUTE + "/" + slug;
    }

    /** The offer's page, in the easy-read version (易读版) when the person is reading it. */
    static String url(String slug, boolean easyRead) {
        return easyRead ? url(slug) + "?" + EasyReadSwitch.PARAMETER + "=1" : url(slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var offer = event.getRouteParameters().get("slug")
                .filter(slug -> slug.matches(SLUG_PATTERN))
                .flatMap(catalogue::findPublicBySlug);
        if (offer.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        easy = EasyReadSwitch.isOn(event.getLocation().getQueryParameters());
        show(offer.get());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(easy ? title + " · " + getTranslation("easyread.switch") : title);
    }

    private void show(Offer offer) {
        title = text.text(offer.title());
        // The easy-read version of the offer's kind (易读版) goes right under the h1, before the offer's own details.
        easySwitch.setOn(easy);
        easyPanel.show(easy ? easyRead.find(offer.kind().name()) : Optional.empty());
        var top = new Div(new PageHeading(title), easySwitch, easyPanel);
        top.addClassName("offer-heading");
        page.show(offer, catalogue.today(), top, easy);
    }
}
