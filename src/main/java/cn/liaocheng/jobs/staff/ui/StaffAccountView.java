package cn.liaocheng.jobs.staff.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.StaffAccounts.StaffAccount;
import cn.liaocheng.jobs.accounts.StaffChange;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One staff account ({@code /staff/accounts/<id>}), for city administrators: another role or county, switching the
 * account off or on, and removing a forgotten password so that its holder sets a new one with a code. An id that is
 * no staff account is the not-found page.
 */
@Route(value = StaffAccountView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class StaffAccountView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    // Digits only: anything else is no account id, and the router answers with the not-found page.
    static final String ROUTE = "staff/accounts/:accountId([0-9]{1,18})";

    private final StaffAccounts staffAccounts;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div status = new Div();
    final RadioButtonGroup<Role> role = StaffFields.role("staff-role");
    final Select<County> county = StaffFields.county("staff-county");
    private @Nullable StaffAccount account;

    StaffAccountView(StaffAccounts staffAccounts, Announcer announcer) {
        this.staffAccounts = staffAccounts;
        this.announcer = announcer;
        addClassName("staff-account");
        status.setId("staff-account-status");
    }

    static String route(long accountId) {
        return "staff/accounts/" + accountId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("accountId");
        account = id.flatMap(staffAccounts::find).orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        var shown = current();
        removeAll();
        var back = new Anchor(StaffAccountsView.ROUTE, getTranslation("staff.account.back"));
        back.setId("back-to-staff-accounts");
        var details = new DescriptionList();
        details.add(new DescriptionList.Term(getTranslation("staff.accounts.column.phone")),
                new DescriptionList.Description(shown.phone().masked()));
        details.add(new DescriptionList.Term(getTranslation("staff.accounts.column.state")),
                new DescriptionList.Description(getTranslation(!shown.active() ? "staff.accounts.state.inactive"
                        : shown.passwordSet() ? "staff.accounts.state.active" : "staff.accounts.state.waiting")));
        role.setValue(shown.role());
        county.setValue(shown.county());
        var save = new Button(getTranslation("staff.account.save"), e -> outcome(
                staffAccounts.change(shown.accountId(), role.getValue(), county.getValue()), "staff.account.saved"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("staff-save");
        var on = new Button(getTranslation(shown.active() ? "staff.account.deactivate" : "staff.account.reactivate"),
                e -> outcome(shown.active() ? staffAccounts.deactivate(shown.accountId())
                        : staffAccounts.reactivate(shown.accountId()),
                        shown.active() ? "staff.account.deactivated" : "staff.account.reactivated"));
        on.setId("staff-switch");
        var password = new Button(getTranslation("staff.account.password"), e -> outcome(
                staffAccounts.requirePasswordSetup(shown.accountId()), "staff.account.password-removed"));
        password.setId("staff-password");
        add(new Paragraph(back), new PageHeading(getTranslation("staff.account.heading", shown.name())), status,
                details, errorSummary,
                section("staff-change-heading", "staff.account.change.heading", role, county, save),
                section("staff-switch-heading", "staff.account.switch.heading",
                        new Paragraph(getTranslation("staff.account.switch.text")), on),
                section("staff-password-heading", "staff.account.password.heading",
                        new Paragraph(getTranslation("staff.account.password.text")), password));
    }

    private Section section(String id, String headingKey, Component... content) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId(id);
        var section = new Section(heading);
        section.add(content);
        section.addClassName("account-form");
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    private void outcome(StaffChange change, String doneKey) {
        var shown = current();
        if (change instanceof StaffChange.Saved) {
            account = staffAccounts.find(shown.accountId()).orElseThrow(NotFoundException::new);
            show();
            var text = getTranslation(doneKey, shown.name());
            status.add(new Notice(text));
            announcer.announce(text);
            return;
        }
        Component field = change instanceof StaffChange.CountyRequired ? county : role;
        errorSummary.show(List.of(new FieldError(field, getTranslation(switch (change) {
            case StaffChange.CountyRequired required -> "staff.accounts.error.county";
            case StaffChange.LastAdministrator last -> "staff.account.error.last-administrator";
            case StaffChange.OwnAccount own -> "staff.account.error.own-account";
            default -> "staff.account.error.gone";
        }))));
    }

    private StaffAccount current() {
        if (account == null) {
            throw new NotFoundException();
        }
        return account;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(account == null ? getTranslation("staff.accounts.heading")
                : getTranslation("staff.account.heading", account.name()));
    }
}
