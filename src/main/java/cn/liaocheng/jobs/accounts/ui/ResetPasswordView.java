package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.PasswordPolicy;
import cn.liaocheng.jobs.accounts.PasswordResetOutcome;
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
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * 忘记密码: a code sent to the phone proves it is the person's, then they choose a new password. That also lifts a
 * sign-in lock, so someone locked out by their own slips does not have to wait. Afterwards they are signed in.
 */
@Route(value = ResetPasswordView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class ResetPasswordView extends Div implements HasDynamicTitle {

    static final String ROUTE = "reset-password";

    private final AccountService accounts;
    private final SignInSession signInSession;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final NativeTextField phone = AccountFields.phone("reset-phone");
    private final NativeTextField code = AccountFields.code("reset-code");
    private final NativePasswordField password =
            AccountFields.newPassword("reset-password", "account.field.new-password");

    ResetPasswordView(AccountService accounts, VerificationCodes codes, PasswordPolicy passwordPolicy,
            SignInSession signInSession, Clock clock, Announcer announcer) {
        this.accounts = accounts;
        this.signInSession = signInSession;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        addClassNames("account-page", "reset-page");
        var codeRequest = new CodeRequest(codes, accounts::sendPasswordResetCode, "account.reset.sent", clock,
                announcer, phone);
        codeRequest.sendButton().addClickListener(e -> {
            codeRequest.sendAndShowIn(errorSummary, code);
        });
        // Shown to everybody, whatever number is typed: the page must not tell who has an account.
        var noAccount = new Paragraph(getTranslation("account.reset.no-account") + " ");
        noAccount.add(new Anchor(RegisterView.ROUTE, getTranslation("account.reset.register-link")));

        var submit = new NativeButton(getTranslation("account.reset.submit"), e -> reset());
        submit.addClassNames("lc-button", "lc-button-primary");
        submit.setId("reset-submit");

        var form = new Div(phone, codeRequest, code, password, submit);
        form.addClassName("account-form");
        add(new PageHeading(getTranslation("account.reset.heading")),
                new Paragraph(getTranslation("account.reset.intro")), errorSummary, form, noAccount);
    }

    private void reset() {
        var problems = new ArrayList<FieldError>();
        var parsed = PhoneNumber.parse(phone.getValue());
        PhoneNumber number = null;
        if (parsed instanceof PhoneNumber.Invalid(var reason)) {
            problems.add(new FieldError(phone, AccountMessages.phone(reason)));
        } else {
            number = ((PhoneNumber.Valid) parsed).number();
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
        switch (accounts.resetPassword(number, code.getValue(), password.getValue())) {
            case PasswordResetOutcome.PasswordReset(var user) -> {
                signInSession.start(user);
                UI.getCurrent().getPage().setLocation(AccountView.ROUTE + "?" + AccountView.PASSWORD_RESET);
            }
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
        return PageTitles.of(getTranslation("account.reset.heading"));
    }
}
