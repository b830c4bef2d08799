package cn.liaocheng.jobs.personaldata.ui;

import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where deleting the account ends, signed out: it is done, what stays, and that the phone can register again. */
@Route(value = AccountDeletedView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class AccountDeletedView extends Div implements HasDynamicTitle {

    static final String ROUTE = "account/deleted";

    AccountDeletedView() {
        addClassName("account-deleted");
        var home = new Anchor(".", getTranslation("mydata.deleted.home"));
        home.addClassName("button-link");
        home.setId("account-deleted-home");
        // Says nothing about whom: anyone may open this address.
        add(new PageHeading(getTranslation("mydata.deleted.heading")),
                new Paragraph(getTranslation("mydata.deleted.text")),
                new Paragraph(getTranslation("mydata.deleted.kept")),
                new Paragraph(getTranslation("mydata.deleted.again")), home);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("mydata.deleted.heading"));
    }
}
