package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The confirmation step before deleting the disability and health data: says plainly what goes and what stays. */
@Route(value = DeleteDataView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class DeleteDataView extends Div implements HasDynamicTitle {

    static final String ROUTE = "profile/data/delete";

    DeleteDataView(ProfileService profiles, Announcer announcer) {
        addClassName("delete-data");
        var back = new Anchor(ProfileView.MY_DATA, t(this, "profile.data.back"));
        back.addClassName("back-link");
        var confirm = new Button(t(this, "profile.delete.confirm"), e -> {
            profiles.deleteSensitiveData();
            announcer.announce(t(this, "profile.data.deleted"));
            UI.getCurrent().navigate(ProfileView.MY_DATA, QueryParameters.of("deleted", "1"));
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("profile-delete-confirm");
        var cancel = new Anchor(ProfileView.MY_DATA, t(this, "profile.delete.cancel"));
        var actions = new Div(confirm, cancel);
        actions.addClassName("form-actions");
        add(back, new PageHeading(t(this, "profile.delete.heading")),
                new Paragraph(t(this, "profile.delete.removed")),
                new UnorderedList(new ListItem(t(this, "profile.id")), new ListItem(t(this, "profile.certificate")),
                        new ListItem(t(this, "profile.category")), new ListItem(t(this, "profile.support")),
                        new ListItem(t(this, "profile.delete.consent"))),
                new Paragraph(t(this, "profile.delete.kept")),
                new Paragraph(t(this, "profile.delete.applications")),
                actions);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.delete.heading"));
    }
}
