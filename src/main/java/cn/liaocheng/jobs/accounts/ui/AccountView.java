package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PasswordChangeOutcome;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.NativePasswordField;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** 我的账户: who is signed in (name, masked phone number), changing the password, and signing out. */
@Route(value = AccountView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.APPLICANT, Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR, Role.Names.LOAN_OFFICER})
class AccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "account";
    /** Query parameter after a password reset: {@code account?password-reset}. */
    static final String PASSWORD_RESET = "password-reset";

    private final AccountService accounts;
    private final Clock clock;
    private final Announcer announcer;
    private final Div notices = new Div();
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final NativePasswordField current =
            AccountFields.currentPassword("current-password", "account.field.current-password");
    private final NativePasswordField fresh =
            AccountFields.newPassword("new-password", "account.field.new-password");

    AccountView(AccountService accounts, CurrentAccount currentAccount, AuthenticationContext authentication,
            Clock clock, Announcer announcer) {
        this.accounts = accounts;
        this.clock = clock;
        this.announcer = announcer;
        addClassNames("account-page", "my-account-page");
        // A view is no security boundary, but this one only shows the signed-in person's own data.
        PortalUser user = currentAccount.user().orElseThrow();

        var details = new DescriptionList();
        details.add(new DescriptionList.Term(getTranslation("account.my.name")),
                new DescriptionList.Description(user.displayName()));
        details.add(new DescriptionList.Term(getTranslation("account.my.phone")),
                new DescriptionList.Description(new PhoneNumber(user.phoneNumber()).masked()));

        var change = new NativeButton(getTranslation("account.my.change.submit"), e -> changePassword());
        change.addClassNames("lc-button", "lc-button-primary");
        change.setId("change-password");
        var passwordHeading = new H2(getTranslation("account.my.change.heading"));
        passwordHeading.setId("change-password-heading");
        var passwordSection = new Section(passwordHeading, errorSummary, current, fresh, change);
        passwordSection.addClassName("account-form");
        passwordSection.getElement().setAttribute("aria-labelledby", "change-password-heading");

        var signOut = new NativeButton(getTranslation("account.my.sign-out"), e -> authentication.logout());
        signOut.setId("account-sign-out");
        signOut.addClassName("lc-button");
        var signOutHeading = new H2(getTranslation("account.my.sign-out.heading"));
        var signOutSection = new Section(signOutHeading, signOut);

        add(new PageHeading(getTranslation("account.my.heading")), notices, details, passwordSection);
        if (user.role() == Role.APPLICANT) {
            add(dataSection());
        }
        add(signOutSection);
    }

    /**
     * 我的数据 and deleting the account, where people look for them (PIPL art. 45, 47). Both pages belong to the
     * personaldata capability, which sits above accounts: linked by address only.
     */
    private Section dataSection() {
        var heading = new H2(getTranslation("account.my.data.heading"));
        heading.setId("my-data-heading");
        var data = new Anchor("profile/data", getTranslation("account.my.data.link"));
        data.setId("account-my-data");
        var delete = new Anchor("account/delete", getTranslation("account.my.delete.link"));
        delete.setId("account-delete");
        var links = new UnorderedList(new ListItem(data), new ListItem(delete));
        links.addClassName("profile-links");
        var section = new Section(heading, links);
        section.getElement().setAttribute("aria-labelledby", "my-data-heading");
        return section;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        if (event.getLocation().getQueryParameters().getParameters().containsKey(PASSWORD_RESET)) {
            notices.add(new Notice(getTranslation("account.my.password-reset")));
        }
    }

    private void changePassword() {
        var problems = new ArrayList<FieldError>();
        if (current.getValue().isEmpty()) {
            problems.add(new FieldError(current, getTranslation("account.error.current-password.empty")));
        }
        if (fresh.getValue().isEmpty()) {
            problems.add(new FieldError(fresh, getTranslation("account.error.password.empty-new")));
        }
        if (!problems.isEmpty()) {
            errorSummary.show(problems);
            return;
        }
        switch (accounts.changePassword(current.getValue(), fresh.getValue())) {
            case PasswordChangeOutcome.Changed() -> {
                errorSummary.clear();
                current.clear();
                fresh.clear();
                var done = getTranslation("account.my.change.done");
                notices.removeAll();
                notices.add(new Notice(done));
                announcer.announce(done);
            }
            case PasswordChangeOutcome.WrongPassword() -> {
                current.clear();
                errorSummary.show(List.of(new FieldError(current, getTranslation("account.error.current-password.wrong"))));
            }
            case PasswordChangeOutcome.TooSoon(var retryAt, var locked) -> errorSummary.show(List.of(new FieldError(current,
                    getTranslation(locked ? "account.error.sign-in.locked" : "account.error.sign-in.paused",
                            AccountMessages.clockTime(retryAt, clock)))));
            case PasswordChangeOutcome.PasswordRefused(var reason) ->
                    errorSummary.show(List.of(new FieldError(fresh, AccountMessages.password(reason))));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("account.my.heading"));
    }
}
