package cn.liaocheng.jobs.profile.ui;

import static cn.liaocheng.jobs.profile.ui.ProfileText.t;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.profile.ConsentState;
import cn.liaocheng.jobs.profile.HelpedPerson;
import cn.liaocheng.jobs.profile.HelpingService;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 代办: the people the signed-in account helps, whether each has agreed yet, and adding someone. */
@Route(value = HelpingView.ROUTE, layout = MainLayout.class)
@Menu(order = 11, title = "profile.helping.heading")
@RolesAllowed(Role.Names.APPLICANT)
class HelpingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "helping";
    static final String CONFIRMED = "confirmed";

    private final HelpingService helping;

    HelpingView(HelpingService helping) {
        this.helping = helping;
        addClassName("helping");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new PageHeading(t(this, "profile.helping.heading")));
        if (event.getLocation().getQueryParameters().getParameters().containsKey(CONFIRMED)) {
            add(new Notice(t(this, "profile.consent.confirmed-notice")));
        }
        add(new Paragraph(t(this, "profile.helping.intro")));
        var add = new Anchor(AddPersonView.ROUTE, t(this, "profile.helping.add"));
        add.addClassName("button-link");
        add.setId("helping-add");
        add(new H2(t(this, "profile.helping.list")));
        var people = helping.helping();
        if (people.isEmpty()) {
            add(new Paragraph(t(this, "profile.helping.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("people-list");
            people.forEach(person -> list.add(item(person)));
            add(list);
        }
        add(add);
    }

    private ListItem item(HelpedPerson person) {
        // The relationship is the helper's to the person: "您是TA的女儿", never "王建国（女儿）".
        var item = new ListItem(new H3(person.name()),
                new Paragraph(t(this, "profile.helping.you-are", t(this, person.relationship().messageKey()))),
                new Paragraph(t(this, person.consent().messageKey())));
        item.addClassName("person-card");
        if (person.consent() == ConsentState.AWAITING) {
            item.add(new Paragraph(t(this, "profile.helping.drafts-only")));
            var consent = new Anchor(ConsentView.route(person.helpId()),
                    t(this, "profile.helping.get-consent", person.name()));
            consent.addClassName("consent-link");
            item.add(consent);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(t(this, "profile.helping.heading"));
    }
}
