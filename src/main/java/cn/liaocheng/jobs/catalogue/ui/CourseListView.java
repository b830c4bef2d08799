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

@Route(value = "courses", layout = MainLayout.class)
@Menu(order = 1, title = "kind.course")
@AnonymousAllowed
class CourseListView extends OfferListView {

    CourseListView(CatalogueService catalogue, Announcer announcer, DisplaySettings display, EasyReadService easyRead) {
        super(catalogue, announcer, display, easyRead, OfferKind.COURSE);
    }
}
