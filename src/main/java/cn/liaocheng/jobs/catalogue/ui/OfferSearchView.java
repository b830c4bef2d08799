package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DisplaySettings;
import cn.liaocheng.jobs.shell.MainLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Search across every kind of offer. */
@Route(value = OfferSearchView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class OfferSearchView extends OfferListView {

    static final String ROUTE = "offers";

    OfferSearchView(CatalogueService catalogue, Announcer announcer, DisplaySettings display, EasyReadService easyRead) {
        super(catalogue, announcer, display, easyRead, null);
    }
}
