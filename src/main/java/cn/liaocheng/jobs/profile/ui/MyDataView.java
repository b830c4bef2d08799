package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.fact;
import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.HelpingService;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

/** 我的数据: everything stored about the person, a copy to download, and the way to ask for deletion. */
@Route(value = MyDataView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class MyDataView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "profile/data";
    static final String DELETED = "deleted";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ProfileService profiles;
    private final HelpingService helping;
    private final Clock clock;

    MyDataView(ProfileService profiles, HelpingService helping, Clock clock) {
        this.profiles = profiles;
        this.helping = helping;
        this.clock = clock;
        addClassName("my-data");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new Anchor(ProfileView.ROUTE, t(this, "profile.back"));
        back.addClassName("back-link");
        add(back, new PageHeading(t(this, "profile.data.heading")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey(DELETED)) {
            add(new Notice(t(this, "profile.data.deleted")));
        }
        profiles.ownProfile().ifPresentOrElse(this::show,
                () -> add(new Paragraph(t(this, "profile.data.nothing"))));
    }

    private void show(ProfileDetails details) {
        add(new Paragraph(t(this, "profile.data.intro")));
        var list = new DescriptionList();
        list.addClassName("facts");
        fact(list, this, "profile.name", details.name());
        fact(list, this, "profile.phone", details.phone() == null ? null : details.phone().masked());
        fact(list, this, "profile.data.consent-at", details.sensitiveConsentAt() == null ? t(this, "profile.consent.none")
                : TIME.format(details.sensitiveConsentAt().atZone(clock.getZone())));
        ProfileText.sensitiveFacts(list, this, details);
        fact(list, this, "profile.county", details.county() == null ? null : t(this, details.county().messageKey()));
        fact(list, this, "profile.township", details.township());
        fact(list, this, "profile.household", details.household() == null ? null
                : t(this, details.household().messageKey()));
        fact(list, this, "profile.education", details.education() == null ? null
                : t(this, details.education().messageKey()));
        fact(list, this, "profile.graduation-year",
                details.graduationYear() == null ? null : details.graduationYear().toString());
        fact(list, this, "profile.contact", t(this, details.contactPreference().messageKey()));
        fact(list, this, "profile.data.updated-at", TIME.format(details.updatedAt().atZone(clock.getZone())));
        add(list, new Paragraph(t(this, "profile.data.encrypted")));

        // Made now, while the page is built for this signed-in person; the download request only hands it over.
        var bytes = MyDataExport.text(this, details, helping.myHelpers(), clock.getZone())
                .getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                new ByteArrayInputStream(bytes), MyDataExport.FILE_NAME, "text/plain;charset=UTF-8", bytes.length)),
                t(this, "profile.data.download"));
        download.setId("profile-download");
        download.addClassName("button-link");
        add(new H2(t(this, "profile.data.download.heading")), new Paragraph(t(this, "profile.data.download.text")),
                download);

        add(new H2(t(this, "profile.data.delete.heading")));
        if (details.hasSensitiveConsent()) {
            var delete = new Anchor(DeleteDataView.ROUTE, t(this, "profile.data.delete.link"));
            delete.setId("profile-delete-link");
            add(new Paragraph(t(this, "profile.data.delete.text")), delete);
        } else {
            add(new Paragraph(t(this, "profile.data.delete.nothing")));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.data.heading"));
    }
}
