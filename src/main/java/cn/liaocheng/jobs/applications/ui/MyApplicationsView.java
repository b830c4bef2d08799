package cn.liaocheng.jobs.applications.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.MyApplication;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** 我的申请: drafts to continue and applications sent, for the account itself and for everyone it helps. */
@Route(value = "applications", layout = MainLayout.class)
@Menu(order = 12, title = "application.mine.heading") // like 我的资料: listed for signed-in accounts only
@RolesAllowed(Role.Names.APPLICANT) // residents and family members; staff see applications in review
class MyApplicationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applications;

    MyApplicationsView(ApplicationService applications) {
        this.applications = applications;
        addClassNames("application-page", "my-applications");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new PageHeading(getTranslation("application.mine.heading")));
        notifications();
        // 为您推荐 belongs to the recommendations capability, above this one: linked by its address, not imported.
        var recommended = new Anchor("recommendations", getTranslation("application.mine.recommendations"));
        recommended.setId("my-recommendations");
        add(new Paragraph(recommended));
        var all = applications.mine();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("application.mine.none")),
                    new Paragraph(new Anchor("offers", getTranslation("application.mine.find"))));
            return;
        }
        var drafts = all.stream().filter(a -> a.application().isDraft()).toList();
        var sent = all.stream().filter(a -> !a.application().isDraft()).toList();
        if (!drafts.isEmpty()) {
            add(new H2(getTranslation("application.mine.drafts")), list(drafts));
        }
        if (!sent.isEmpty()) {
            add(new H2(getTranslation("application.mine.sent")), list(sent));
        }
    }

    /** Status changes not seen yet, above everything else; shown once, then marked as read. */
    private void notifications() {
        var unread = applications.notifications().stream().filter(n -> !n.read()).toList();
        if (unread.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.addClassName("notifications");
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        unread.forEach(n -> list.add(new ListItem(new Anchor(ApplyRoutes.application(n.applicationId()),
                getTranslation("application.notifications.item", n.createdAt().atZone(Receipt.LIAOCHENG).format(format),
                        n.offerTitle().in(getLocale()), n.reference(), getTranslation(n.messageKey()))))));
        var section = new Section(new H2(getTranslation("application.notifications.heading")), list);
        section.addClassName("notice");
        add(section);
        applications.markNotificationsRead();
    }

    private UnorderedList list(List<MyApplication> items) {
        var list = new UnorderedList();
        list.addClassName("application-cards");
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        items.forEach(item -> {
            var application = item.application();
            var link = new Anchor(ApplyRoutes.application(application.id()), item.offerTitle().in(getLocale()));
            var card = new ListItem(new H3(link));
            card.addClassName("application-card");
            if (item.personName() != null) {
                card.add(new Paragraph(item.forSelf() ? getTranslation("application.mine.for-self")
                        : getTranslation("application.for-person", item.personName())));
            }
            var status = getTranslation(application.status().messageKey());
            if (application.isDraft()) {
                card.add(new Paragraph(getTranslation("application.mine.draft-line", status,
                        application.updatedAt().atZone(Receipt.LIAOCHENG).format(format))));
                var resume = new Anchor(ApplyRoutes.application(application.id()), getTranslation("application.mine.resume"));
                resume.addClassName("button-link");
                card.add(new Paragraph(resume));
            } else {
                card.add(new Paragraph(getTranslation("application.mine.sent-line", application.reference(), status)));
                var by = Receipt.submittedBy(this, application);
                if (application.submittedBy() != null && application.submittedBy().isHelper()) {
                    card.add(new Paragraph(by));
                }
                if (application.isOpenForAnswers()) {
                    var answer = new Anchor(ApplyRoutes.application(application.id()),
                            getTranslation("application.more-info.answer"));
                    answer.addClassName("button-link");
                    card.add(new Paragraph(answer));
                }
            }
            list.add(card);
        });
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("application.mine.heading"));
    }
}
