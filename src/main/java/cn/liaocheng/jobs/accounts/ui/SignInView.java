package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.AccountService;
import cn.liaocheng.jobs.accounts.PendingSignIn;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.SignInOutcome;
import cn.liaocheng.jobs.accounts.StaffSignIn;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shared.PhoneNumber;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.NativePasswordField;
import cn.liaocheng.jobs.shell.NativeTextField;
import cn.liaocheng.jobs.shell.Notice;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * 登录 with phone number and password. No image puzzle (WCAG 3.3.8): repeated wrong passwords slow down and then lock
 * (for this number from this address; see SignInLimits), and the page says until when, as a clock time. The message for a wrong number or password is the same, so that the
 * page does not tell strangers who has an account. Staff then get a second step, a code sent to their phone
 * ({@link SecondFactorStep}); only the right code signs them in.
 */
@Route(value = SignInView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
class SignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "sign-in";
    /** Query parameter set by the session-expired redirect: {@code sign-in?expired}. */
    static final String EXPIRED = "expired";
    /** Query parameter set after signing out: {@code sign-in?signed-out}. */
    static final String SIGNED_OUT = "signed-out";

    private final AccountService accounts;
    private final StaffSignIn staffSignIn;
    private final VerificationCodes codes;
    private final Announcer announcer;
    private final SignInSession signInSession;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div notices = new Div();
    private final Div form;
    private final Div secondStep = new Div();
    private final NativeTextField phone = AccountFields.phone("sign-in-phone");
    private final NativePasswordField password =
            AccountFields.currentPassword("sign-in-password", "account.field.password");

    SignInView(AccountService accounts, StaffSignIn staffSignIn, VerificationCodes codes, Announcer announcer,
            SignInSession signInSession, Clock clock) {
        this.accounts = accounts;
        this.staffSignIn = staffSignIn;
        this.codes = codes;
        this.announcer = announcer;
        this.signInSession = signInSession;
        this.clock = clock;
        addClassNames("account-page", "sign-in-page");
        var submit = new NativeButton(getTranslation("account.sign-in.submit"), e -> signIn());
        submit.addClassNames("lc-button", "lc-button-primary");
        submit.setId("sign-in-submit");
        password.addEnterListener(typed -> signIn());

        var forgot = new Anchor(ResetPasswordView.ROUTE, getTranslation("account.sign-in.forgot"));
        forgot.setId("forgot-password");
        var register = new Paragraph(getTranslation("account.sign-in.no-account") + " ");
        register.add(new Anchor(RegisterView.ROUTE, getTranslation("account.sign-in.register-link")));

        var staffFirstTime = new Paragraph(getTranslation("staff.sign-in.first-time") + " ");
        staffFirstTime.add(new Anchor(SetPasswordView.ROUTE, getTranslation("staff.sign-in.first-time.link")));

        form = new Div(phone, password, submit);
        form.addClassName("account-form");
        add(new PageHeading(getTranslation("account.sign-in.heading")), notices, errorSummary, form, secondStep,
                new Paragraph(forgot), register, staffFirstTime);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(EXPIRED)) {
            notices.add(new Notice(getTranslation("account.sign-in.expired")));
        } else if (parameters.containsKey(SIGNED_OUT)) {
            notices.add(new Notice(getTranslation("account.sign-in.signed-out")));
        } else if (parameters.containsKey(SetPasswordView.PASSWORD_SET)) {
            notices.add(new Notice(getTranslation("staff.set-password.done")));
        }
    }

    private void signIn() {
        var problems = new ArrayList<FieldError>();
        var parsed = PhoneNumber.parse(phone.getValue());
        if (parsed instanceof PhoneNumber.Invalid(var reason)) {
            problems.add(new FieldError(phone, AccountMessages.phone(reason)));
        }
        if (password.getValue().isEmpty()) {
            problems.add(new FieldError(password, getTranslation("account.error.password.empty")));
        }
        if (!problems.isEmpty()) {
            errorSummary.show(problems);
            return;
        }
        var number = ((PhoneNumber.Valid) parsed).number();
        switch (accounts.signIn(number, password.getValue())) {
            case SignInOutcome.SignedIn(var user) -> signedIn(user);
            case SignInOutcome.SecondFactorNeeded(var pending) -> secondStep(pending);
            case SignInOutcome.Refused() -> refuse(getTranslation("account.error.sign-in.refused"));
            case SignInOutcome.TooSoon(var retryAt, var locked) -> refuse(getTranslation(
                    locked ? "account.error.sign-in.locked" : "account.error.sign-in.paused",
                    AccountMessages.clockTime(retryAt, clock)));
            case SignInOutcome.Busy(var retryAt) -> refuse(getTranslation("account.error.sign-in.busy",
                    AccountMessages.clockTime(retryAt, clock)));
        }
    }

    private void signedIn(PortalUser user) {
        signInSession.start(user);
        UI.getCurrent().getPage().setLocation(SignInSession.targetAfterSignIn(user));
    }

    /** Staff: the password was right, a code to the phone comes next. The password field is emptied. */
    private void secondStep(PendingSignIn pending) {
        password.clear();
        errorSummary.clear();
        form.setVisible(false);
        var step = new SecondFactorStep(staffSignIn, codes, clock, announcer, errorSummary, phone, pending,
                this::signedIn, this::startAgain);
        secondStep.removeAll();
        secondStep.add(step);
        step.focusHeading();
    }

    /** The password step was too long ago, or the account changed: back to phone and password. */
    private void startAgain() {
        secondStep.removeAll();
        form.setVisible(true);
        errorSummary.show(List.of(new FieldError(password, getTranslation("staff.sign-in.second.start-again"))));
    }

    /** The password is emptied (it was wrong or not checked); the phone number stays as typed. */
    private void refuse(String message) {
        password.clear();
        errorSummary.show(List.of(new FieldError(password, message)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("account.sign-in.heading"));
    }
}
