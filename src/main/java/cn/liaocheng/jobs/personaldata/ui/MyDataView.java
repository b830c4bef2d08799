package cn.liaocheng.jobs.personaldata.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.documents.SizeText;
import cn.liaocheng.jobs.personaldata.MyData;
import cn.liaocheng.jobs.personaldata.MyDataPackages;
import cn.liaocheng.jobs.personaldata.PersonalDataService;
import cn.liaocheng.jobs.profile.HelperLink;
import cn.liaocheng.jobs.profile.ProfileDetails;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 我的数据: an overview of everything the portal holds about the signed-in person, the two downloads (everything as
 * a ZIP, or the readable copy alone), and the ways to delete the sensitive part or the whole account.
 */
@Route(value = MyDataView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class MyDataView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The address 我的资料 and 我的账户 link to; also where deleting the sensitive part returns ({@code ?deleted}). */
    static final String ROUTE = "profile/data";
    static final String DELETED = "deleted";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PersonalDataService personalData;
    private final MyDataPackages packages;
    private final Clock clock;

    MyDataView(PersonalDataService personalData, MyDataPackages packages, Clock clock) {
        this.personalData = personalData;
        this.packages = packages;
        this.clock = clock;
        addClassName("my-data");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new Anchor("profile", t("mydata.back"));
        back.addClassName("back-link");
        add(back, new PageHeading(t("profile.data.heading")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey(DELETED)) {
            add(new Notice(t("profile.data.deleted")));
        }
        personalData.collect(getLocale()).ifPresent(this::show);
    }

    private void show(MyData data) {
        add(new Paragraph(t("mydata.intro")));
        var account = data.account();
        var accountFacts = facts();
        fact(accountFacts, "account.my.name", account.displayName());
        fact(accountFacts, "account.my.phone", account.phone().masked());
        fact(accountFacts, "mydata.account.created", time(account.createdAt()));
        add(new H2(t("mydata.section.account")), accountFacts);

        add(new H2(t("mydata.section.profile")));
        if (data.profile() == null) {
            add(new Paragraph(t("mydata.profile.none")));
        } else {
            add(profile(data.profile()), new Paragraph(t("profile.data.encrypted")));
        }

        var applications = data.applications();
        var mine = new Anchor("applications", t("mydata.applications.link"));
        add(new H2(t("mydata.section.applications")),
                new Paragraph(t("mydata.applications.own", applications.own().size())),
                new Paragraph(t("mydata.applications.for-others", applications.forOthers().size())),
                new Paragraph(mine));

        add(new H2(t("mydata.section.documents")));
        if (data.documents().isEmpty()) {
            add(new Paragraph(t("mydata.documents.none")));
        } else {
            var files = new UnorderedList();
            files.addClassName("my-data-files");
            data.documents().forEach(document -> files.add(new ListItem(document.info().displayName() + "（"
                    + SizeText.of(document.info().sizeBytes()) + "）"
                    + (document.deleted() ? t("mydata.documents.deleted") : ""))));
            add(files);
        }

        add(new H2(t("mydata.section.helpers")),
                new Paragraph(t("mydata.helpers.helps-me", count(data, HelperLink.Side.HELPS_ME))),
                new Paragraph(t("mydata.helpers.i-help", count(data, HelperLink.Side.I_HELP))));
        add(new H2(t("mydata.section.messages")), new Paragraph(t("mydata.messages.counts",
                applications.notifications().size(), data.messages().size())));
        add(new H2(t("mydata.section.bank")));
        if (data.bankCopies().isEmpty()) {
            add(new Paragraph(t("mydata.bank.none")));
        } else {
            var copies = new UnorderedList();
            copies.setId("my-data-bank");
            data.bankCopies().forEach(copy -> copies.add(new ListItem(t("mydata.bank.line",
                    copy.referral().reference(), t(copy.referral().status().messageKey()), copy.steps().size()))));
            add(new Paragraph(t("mydata.bank.intro")), copies);
        }

        downloads();

        add(new H2(t("profile.data.delete.heading")));
        if (data.profile() != null && data.profile().hasSensitiveConsent()) {
            var delete = new Anchor("profile/data/delete", t("profile.data.delete.link"));
            delete.setId("profile-delete-link");
            add(new Paragraph(t("profile.data.delete.text")), new Paragraph(delete));
        } else {
            add(new Paragraph(t("profile.data.delete.nothing")));
        }

        var deleteAccount = new Anchor(DeleteAccountView.ROUTE, t("mydata.delete-account.link"));
        deleteAccount.setId("delete-account-link");
        add(new H2(t("mydata.delete-account.heading")), new Paragraph(t("mydata.delete-account.text")),
                new Paragraph(deleteAccount));
    }

    /**
     * Both downloads are made when the link is followed, for whoever is signed in then, so the copy is as of that
     * moment and a signed-out tab gets nothing. The addresses are Vaadin's own and name no person.
     */
    private void downloads() {
        Locale language = getLocale();
        var zip = new Anchor((DownloadHandler) event -> sendPackage(event, language), t("mydata.download.zip"));
        zip.setId("download-package");
        zip.addClassName("button-link");
        var text = new Anchor((DownloadHandler) event -> sendText(event, language), t("mydata.download.txt"));
        text.setId("download-text");
        text.addClassName("button-link");
        var links = new Div(zip, text);
        links.addClassName("download-links");
        add(new H2(t("profile.data.download.heading")), new Paragraph(t("mydata.download.text")),
                new Notice(t("mydata.download.warning")), links);
    }

    private void sendPackage(DownloadEvent event, Locale language) throws IOException {
        var data = personalData.collect(language);
        if (data.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        noStore(event);
        event.setFileName(MyDataPackages.PACKAGE_FILE_NAME);
        event.setContentType("application/zip");
        try (var out = event.getOutputStream()) {
            packages.writePackage(data.get(), out);
        }
    }

    private void sendText(DownloadEvent event, Locale language) throws IOException {
        var data = personalData.collect(language);
        if (data.isEmpty()) {
            event.getResponse().setStatus(404);
            return;
        }
        noStore(event);
        var bytes = packages.text(data.get()).getBytes(StandardCharsets.UTF_8);
        event.setFileName(MyDataPackages.TEXT_FILE_NAME);
        event.setContentType("text/plain;charset=UTF-8");
        event.setContentLength(bytes.length);
        try (var out = event.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** Personal data: never cached by the browser or a proxy, never sniffed into something else. */
    private static void noStore(DownloadEvent event) {
        event.getResponse().setHeader("Cache-Control", "private, no-store");
        event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
    }

    private DescriptionList profile(ProfileDetails details) {
        var list = facts();
        fact(list, "profile.name", details.name());
        fact(list, "profile.phone", details.phone() == null ? null : details.phone().masked());
        fact(list, "profile.data.consent-at", details.sensitiveConsentAt() == null ? t("profile.consent.none")
                : time(details.sensitiveConsentAt()));
        fact(list, "profile.id", details.maskedResidentId());
        fact(list, "profile.certificate", details.maskedCertificate());
        fact(list, "mydata.profile.category", details.category() == null || details.grade() == null ? null
                : t("profile.category-and-grade", t(details.category().messageKey()),
                        t("profile.grade." + details.grade())));
        fact(list, "mydata.profile.support", details.supportNeeds().stream().sorted()
                .map(need -> t(need.messageKey())).collect(Collectors.joining("、")));
        fact(list, "profile.county", details.county() == null ? null : t(details.county().messageKey()));
        fact(list, "profile.township", details.township());
        fact(list, "profile.household", details.household() == null ? null : t(details.household().messageKey()));
        fact(list, "profile.education", details.education() == null ? null : t(details.education().messageKey()));
        fact(list, "mydata.profile.graduation-year",
                details.graduationYear() == null ? null : details.graduationYear().toString());
        fact(list, "profile.contact", t(details.contactPreference().messageKey()));
        fact(list, "profile.data.updated-at", time(details.updatedAt()));
        return list;
    }

    private static long count(MyData data, HelperLink.Side side) {
        return data.helperLinks().stream().filter(link -> link.side() == side).count();
    }

    private static DescriptionList facts() {
        var list = new DescriptionList();
        list.addClassName("facts");
        return list;
    }

    private void fact(DescriptionList list, String termKey, @Nullable String value) {
        list.add(new DescriptionList.Term(t(termKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? t("profile.not-given") : value));
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(clock.getZone()));
    }

    private String t(String key, Object... parameters) {
        return getTranslation(key, parameters);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t("profile.data.heading"));
    }
}
