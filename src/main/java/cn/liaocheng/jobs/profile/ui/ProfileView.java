package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.fact;
import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.ProfileDetails;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 我的资料: what the portal knows about the signed-in person, masked, with links to change, download or delete it. */
@Route(value = ProfileView.ROUTE, layout = MainLayout.class)
@Menu(order = 10, title = "profile.heading")
@RolesAllowed(Role.Names.APPLICANT)
class ProfileView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "profile";
    static final String SAVED = "saved";
    /** 我的数据 (personaldata capability), which sits above the profile: linked by its address only. */
    static final String MY_DATA = "profile/data";

    private final ProfileService profiles;

    ProfileView(ProfileService profiles) {
        this.profiles = profiles;
        addClassName("profile-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new PageHeading(t(this, "profile.heading")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SAVED)) {
            add(new Notice(t(this, "profile.saved")));
        }
        profiles.ownProfile().ifPresentOrElse(this::showProfile, () -> {
            add(new Paragraph(t(this, "profile.empty")));
            var start = new Anchor(ProfileEditView.ROUTE, t(this, "profile.start"));
            start.addClassName("button-link");
            start.setId("profile-start");
            add(start);
        });
        var more = new UnorderedList(
                new ListItem(new Anchor(MY_DATA, t(this, "profile.data.heading"))),
                new ListItem(new Anchor(MyHelpersView.ROUTE, t(this, "profile.helpers.heading"))),
                new ListItem(new Anchor(HelpingView.ROUTE, t(this, "profile.helping.heading"))));
        more.addClassName("profile-links");
        add(new H2(t(this, "profile.more")), more);
    }

    private void showProfile(ProfileDetails details) {
        var list = new DescriptionList();
        list.addClassName("facts");
        fact(list, this, "profile.name", details.name());
        fact(list, this, "profile.phone", details.phone() == null ? null : details.phone().masked());
        if (details.hasSensitiveConsent()) {
            ProfileText.sensitiveFacts(list, this, details);
        } else {
            fact(list, this, "profile.section.sensitive", t(this, "profile.consent.none"));
        }
        fact(list, this, "profile.county", details.county() == null ? null : t(this, details.county().messageKey())
                + (details.township() == null ? "" : " " + details.township()));
        fact(list, this, "profile.household", details.household() == null ? null
                : t(this, details.household().messageKey()));
        fact(list, this, "profile.education", details.education() == null ? null
                : t(this, details.education().messageKey()) + (details.graduationYear() == null ? ""
                        : t(this, "profile.graduated-in", details.graduationYear().toString())));
        fact(list, this, "profile.contact", t(this, details.contactPreference().messageKey()));
        var change = new Anchor(ProfileEditView.ROUTE, t(this, "profile.change"));
        change.addClassName("button-link");
        change.setId("profile-change");
        add(list, change);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.heading"));
    }
}
