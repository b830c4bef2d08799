package cn.liaocheng.jobs.personaldata.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.personaldata.AccountDeletionOutcome;
import cn.liaocheng.jobs.personaldata.PersonalDataService;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.List;

/**
 * The confirmation before deleting the account: a plain heading, what goes, what stays (sent applications, until
 * which year, and why), and one button. Nothing to type: the page itself is the second step.
 */
@Route(value = DeleteAccountView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.APPLICANT)
class DeleteAccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "account/delete";

    private final PersonalDataService personalData;
    private final SessionEnd sessionEnd;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Button confirm = new Button();

    DeleteAccountView(PersonalDataService personalData, SessionEnd sessionEnd, Announcer announcer) {
        this.personalData = personalData;
        this.sessionEnd = sessionEnd;
        this.announcer = announcer;
        addClassName("delete-account");
        confirm.setText(getTranslation("mydata.delete.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("delete-account-confirm");
        confirm.addClickListener(e -> delete());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new Anchor(MyDataView.ROUTE, getTranslation("profile.data.back"));
        back.addClassName("back-link");
        var download = new Anchor(MyDataView.ROUTE, getTranslation("mydata.delete.download-first"));
        download.setId("delete-account-download-first");
        add(back, new PageHeading(getTranslation("mydata.delete.heading")), errorSummary,
                new Paragraph(getTranslation("mydata.delete.intro")), new Paragraph(download));

        add(new H2(getTranslation("mydata.delete.removed.heading")), list("mydata.delete.removed.account",
                "mydata.delete.removed.profile", "mydata.delete.removed.drafts", "mydata.delete.removed.documents",
                "mydata.delete.removed.helpers", "mydata.delete.removed.notifications"));

        var kept = personalData.keptIfAccountDeleted();
        add(new H2(getTranslation("mydata.delete.kept.heading")));
        if (kept.count() == 0 || kept.untilYear() == null) {
            add(new Paragraph(getTranslation("mydata.delete.kept.none")));
        } else {
            var until = new Paragraph(getTranslation("mydata.delete.kept.some", kept.count(),
                    String.valueOf(kept.untilYear())));
            until.setId("delete-account-kept");
            add(until, new Paragraph(getTranslation("mydata.delete.kept.why")),
                    new Paragraph(getTranslation("mydata.delete.kept.use")));
        }

        var cancel = new Anchor(MyDataView.ROUTE, getTranslation("mydata.delete.cancel"));
        var actions = new Div(confirm, cancel);
        actions.addClassName("form-actions");
        add(new Paragraph(getTranslation("mydata.delete.after")), actions);
    }

    private void delete() {
        switch (personalData.deleteMyAccount()) {
            case AccountDeletionOutcome.Deleted() -> {
                announcer.announce(getTranslation("mydata.deleted.heading"));
                sessionEnd.endAndGoTo(UI.getCurrent(), AccountDeletedView.ROUTE);
            }
            case AccountDeletionOutcome.NotSignedIn() -> UI.getCurrent().navigate("sign-in");
            case AccountDeletionOutcome.TryAgain() -> errorSummary.show(List.of(
                    new ErrorSummary.FieldError(confirm, getTranslation("mydata.delete.failed"))));
        }
    }

    private UnorderedList list(String... keys) {
        var list = new UnorderedList();
        for (var key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("mydata.delete.heading"));
    }
}
