package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.ConsentState;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.MyHelper;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 谁在帮我办事: the people who may apply for the signed-in person, each with a way to withdraw their permission. */
@Route(value = MyHelpersView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class MyHelpersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "profile/helpers";
    static final String WITHDRAWN = "withdrawn";

    private final HelpingService helping;

    MyHelpersView(HelpingService helping) {
        this.helping = helping;
        addClassName("my-helpers");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new Anchor(ProfileView.ROUTE, t(this, "profile.back"));
        back.addClassName("back-link");
        add(back, new PageHeading(t(this, "profile.helpers.heading")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey(WITHDRAWN)) {
            add(new Notice(t(this, "profile.helpers.withdrawn")));
        }
        add(new Paragraph(t(this, "profile.helpers.intro")));
        var helpers = helping.myHelpers();
        if (helpers.isEmpty()) {
            add(new Paragraph(t(this, "profile.helpers.none")));
            return;
        }
        var list = new UnorderedList();
        list.addClassName("people-list");
        helpers.forEach(helper -> list.add(item(helper)));
        add(list);
    }

    private ListItem item(MyHelper helper) {
        var who = t(this, "profile.person-with-relationship", helper.helperName(),
                t(this, helper.relationship().messageKey()));
        var withdraw = new Anchor(WithdrawHelperView.route(helper.helpId()),
                t(this, "profile.helpers.withdraw-link", helper.helperName()));
        withdraw.addClassName("withdraw-link");
        // The person reads about a request for themselves, not the helper's "waiting for TA to agree".
        var state = helper.consent() == ConsentState.AWAITING ? t(this, "profile.helpers.awaiting")
                : t(this, helper.consent().messageKey());
        var item = new ListItem(new H2(who), new Paragraph(state), withdraw);
        item.addClassName("person-card");
        return item;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.helpers.heading"));
    }
}
