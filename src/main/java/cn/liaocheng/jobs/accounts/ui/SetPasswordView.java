package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.PasswordPolicy;
import cn.liaocheng.jobs.accounts.PasswordResetOutcome;
import cn.liaocheng.jobs.accounts.StaffSignIn;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.NativePasswordField;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * 设置密码, for staff: a new staff account (or one whose password an administrator removed) has no password, and its
 * holder sets one here with a code sent to the phone. Every number gets the same answer; only a staff account waiting
 * for a password receives a code. Afterwards the staff member signs in, with the password and a second code.
 */
@Route(value = SetPasswordView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class SetPasswordView extends Div implements HasDynamicTitle {

    static final String ROUTE = "set-password";
    /** Query parameter of the sign-in page after a password was set: {@code sign-in?password-set}. */
    static final String PASSWORD_SET = "password-set";

    private final StaffSignIn staffSignIn;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final NativeTextField phone = AccountFields.phone("set-password-phone");
    private final NativeTextField code = AccountFields.code("set-password-code");
    private final NativePasswordField password = AccountFields.newPassword("set-password-password",
            "account.field.new-password");

    SetPasswordView(StaffSignIn staffSignIn, VerificationCodes codes, PasswordPolicy passwordPolicy, Clock clock,
            Announcer announcer) {
        this.staffSignIn = staffSignIn;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        addClassNames("account-page", "set-password-page");
        var codeRequest = new CodeRequest(codes, staffSignIn::sendPasswordSetupCode, "staff.set-password.sent", clock,
                announcer, phone);
        codeRequest.sendButton().addClickListener(e -> {
            codeRequest.sendAndShowIn(errorSummary, code);
        });
        var submit = new NativeButton(getTranslation("staff.set-password.submit"), e -> setPassword());
        submit.addClassNames("lc-button", "lc-button-primary");
        submit.setId("set-password-submit");

        var form = new Div(phone, codeRequest, code, password, submit);
        form.addClassName("account-form");
        add(new PageHeading(getTranslation("staff.set-password.heading")),
                new Paragraph(getTranslation("staff.set-password.intro")), errorSummary, form,
                new Paragraph(getTranslation("staff.set-password.applicants")));
    }

    private void setPassword() {
        var problems = new ArrayList<FieldError>();
        PhoneNumber number = null;
        switch (PhoneNumber.parse(phone.getValue())) {
            case PhoneNumber.Invalid(var reason) -> problems.add(new FieldError(phone, AccountMessages.phone(reason)));
            case PhoneNumber.Valid(var valid) -> number = valid;
        }
        if (code.getValue().isBlank()) {
            problems.add(new FieldError(code, getTranslation("account.error.code.empty")));
        }
        if (passwordPolicy.check(password.getValue(), number) instanceof PasswordPolicy.Invalid(var reason)) {
            problems.add(new FieldError(password, AccountMessages.password(reason)));
        }
        if (!problems.isEmpty() || number == null) {
            errorSummary.show(problems);
            return;
        }
        switch (staffSignIn.setUpPassword(number, code.getValue(), password.getValue())) {
            case PasswordResetOutcome.PasswordReset(var user) ->
                    UI.getCurrent().navigate(SignInView.ROUTE, QueryParameters.of(PASSWORD_SET, ""));
            case PasswordResetOutcome.PasswordRefused(var reason) ->
                    errorSummary.show(List.of(new FieldError(password, AccountMessages.password(reason))));
            case PasswordResetOutcome.CodeRefused(var outcome) ->
                    errorSummary.show(List.of(new FieldError(code, AccountMessages.code(outcome))));
            case PasswordResetOutcome.TryLater(var retryAt) ->
                    errorSummary.show(List.of(new FieldError(code, AccountMessages.codeTryLater(retryAt, clock))));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("staff.set-password.heading"));
    }
}
