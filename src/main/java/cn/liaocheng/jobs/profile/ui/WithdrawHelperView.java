package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.profile.MyHelper;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.RouteIds;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The confirmation step before the person withdraws a helper's permission; an id that is not theirs is a 404. */
@Route(value = "profile/helpers/:helpId/withdraw", layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class WithdrawHelperView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final HelpingService helping;
    private final Announcer announcer;
    private String heading = "";

    WithdrawHelperView(HelpingService helping, Announcer announcer) {
        this.helping = helping;
        this.announcer = announcer;
        addClassName("withdraw-helper");
    }

    static String route(long helpId) {
        return "profile/helpers/" + helpId + "/withdraw";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var helper = RouteIds.of(event, "helpId").flatMap(helping::myHelper)
                .orElseThrow(NotFoundException::new);
        show(helper);
    }

    private void show(MyHelper helper) {
        removeAll();
        heading = t(this, "profile.withdraw.heading", helper.helperName());
        var back = new Anchor(MyHelpersView.ROUTE, t(this, "profile.helpers.back"));
        back.addClassName("back-link");
        var confirm = new Button(t(this, "profile.withdraw.confirm"), e -> {
            helping.withdraw(helper.helpId());
            announcer.announce(t(this, "profile.helpers.withdrawn"));
            UI.getCurrent().navigate(MyHelpersView.ROUTE, QueryParameters.of(MyHelpersView.WITHDRAWN, "1"));
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("withdraw-confirm");
        var cancel = new Anchor(MyHelpersView.ROUTE, t(this, "profile.withdraw.cancel"));
        var actions = new Div(confirm, cancel);
        actions.addClassName("form-actions");
        add(back, new PageHeading(heading),
                new Paragraph(t(this, "profile.withdraw.effect", helper.helperName())),
                new Paragraph(t(this, "profile.withdraw.kept")), actions);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(heading);
    }
}
