package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.DisplayName;
import cn.liaocheng.jobs.accounts.PasswordPolicy;
import cn.liaocheng.jobs.accounts.RegistrationOutcome;
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
 * 注册: phone number, a code sent to it by SMS or voice call, a name and a password, on one short page. Everything
 * typed stays in the fields when something is wrong; the error summary says what to change.
 */
@Route(value = RegisterView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    static final String ROUTE = "register";

    private final AccountService accounts;
    private final SignInSession signInSession;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final NativeTextField phone = AccountFields.phone("register-phone");
    private final NativeTextField code = AccountFields.code("register-code");
    private final NativeTextField name = AccountFields.displayName("register-name");
    private final NativePasswordField password =
            AccountFields.newPassword("register-password", "account.field.new-password");
    private final CodeRequest codeRequest;
    private final Div phoneTaken = new Div();

    RegisterView(AccountService accounts, VerificationCodes codes, PasswordPolicy passwordPolicy,
            SignInSession signInSession, Clock clock, Announcer announcer) {
        this.accounts = accounts;
        this.signInSession = signInSession;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        addClassNames("account-page", "register-page");
        codeRequest = new CodeRequest(codes, accounts::sendSignUpCode, "account.register.sent", clock, announcer,
                phone);
        codeRequest.sendButton().addClickListener(e -> {
            showPhoneTakenHelp(false);
            codeRequest.sendAndShowIn(errorSummary, code);
        });

        phoneTaken.addClassName("phone-taken");
        phoneTaken.setVisible(false);
        phoneTaken.add(new Paragraph(getTranslation("account.register.taken.help")),
                new Anchor(SignInView.ROUTE, getTranslation("account.register.taken.sign-in")),
                new Anchor(ResetPasswordView.ROUTE, getTranslation("account.register.taken.reset")));

        var submit = new NativeButton(getTranslation("account.register.submit"), e -> register());
        submit.addClassNames("lc-button", "lc-button-primary");
        submit.setId("register-submit");

        var haveAccount = new Paragraph(getTranslation("account.register.have-account") + " ");
        haveAccount.add(new Anchor(SignInView.ROUTE, getTranslation("account.register.sign-in-link")));

        var form = new Div(phone, phoneTaken, codeRequest, code, name, password, submit);
        form.addClassName("account-form");
        add(new PageHeading(getTranslation("account.register.heading")),
                new Paragraph(getTranslation("account.register.intro")), errorSummary, form, haveAccount);
    }

    private void showPhoneTakenHelp(boolean taken) {
        phoneTaken.setVisible(taken);
    }

    private void register() {
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
        DisplayName.problem(name.getValue()).ifPresent(r -> problems.add(new FieldError(name, AccountMessages.name(r))));
        if (passwordPolicy.check(password.getValue(), number) instanceof PasswordPolicy.Invalid(var reason)) {
            problems.add(new FieldError(password, AccountMessages.password(reason)));
        }
        showPhoneTakenHelp(false);
        if (!problems.isEmpty() || number == null) {
            errorSummary.show(problems);
            return;
        }
        switch (accounts.register(number, code.getValue(), password.getValue(), name.getValue())) {
            case RegistrationOutcome.Registered(var user) -> {
                signInSession.start(user);
                UI.getCurrent().getPage().setLocation(SignInSession.targetAfterSignIn());
            }
            case RegistrationOutcome.PhoneTaken() -> {
                showPhoneTakenHelp(true);
                errorSummary.show(List.of(new FieldError(phone, getTranslation("account.error.phone.taken"))));
            }
            case RegistrationOutcome.PasswordRefused(var reason) ->
                    errorSummary.show(List.of(new FieldError(password, AccountMessages.password(reason))));
            case RegistrationOutcome.NameRefused(var reason) ->
                    errorSummary.show(List.of(new FieldError(name, AccountMessages.name(reason))));
            case RegistrationOutcome.CodeRefused(var outcome) ->
                    errorSummary.show(List.of(new FieldError(code, AccountMessages.code(outcome))));
            case RegistrationOutcome.TryLater(var retryAt) ->
                    errorSummary.show(List.of(new FieldError(code, AccountMessages.codeTryLater(retryAt, clock))));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("account.register.heading"));
    }
}
