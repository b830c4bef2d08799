package cn.liaocheng.jobs.catalogue.ui;

import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.catalogue.OfferKind;
import cn.liaocheng.jobs.easyread.EasyReadService;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DisplaySettings;
import cn.liaocheng.jobs.shell.MainLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "loans", layout = MainLayout.class)
@Menu(order = 3, title = "kind.loan")
@AnonymousAllowed
class LoanListView extends OfferListView {

    LoanListView(CatalogueService catalogue, Announcer announcer, DisplaySettings display, EasyReadService easyRead) {
        super(catalogue, announcer, display, easyRead, OfferKind.LOAN);
    }
}
