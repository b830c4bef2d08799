package cn.liaocheng.jobs.accounts.ui;

import cn.liaocheng.jobs.accounts.PendingSignIn;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.SecondFactorOutcome;
import cn.liaocheng.jobs.accounts.StaffSignIn;
import cn.liaocheng.jobs.accounts.VerificationCodes;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.ErrorSummary.FieldError;
import cn.liaocheng.jobs.shell.NativeTextField;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The second step of a staff sign-in, after the right password: a code sent to the staff member's phone (by SMS or a
 * voice call, as they choose). Only a right code signs them in; the password alone never does.
 */
class SecondFactorStep extends Composite<Section> {

    static final String HEADING_ID = "second-factor-heading";

    private final StaffSignIn staffSignIn;
    private final Clock clock;
    private final ErrorSummary errorSummary;
    private final PendingSignIn pending;
    private final Consumer<PortalUser> signedIn;
    private final Runnable startAgain;
    private final NativeTextField code = AccountFields.code("second-factor-code");

    SecondFactorStep(StaffSignIn staffSignIn, VerificationCodes codes, Clock clock, Announcer announcer,
            ErrorSummary errorSummary, NativeTextField phone, PendingSignIn pending, Consumer<PortalUser> signedIn,
            Runnable startAgain) {
        this.staffSignIn = staffSignIn;
        this.clock = clock;
        this.errorSummary = errorSummary;
        this.pending = pending;
        this.signedIn = signedIn;
        this.startAgain = startAgain;
        var heading = new H2(getTranslation("staff.sign-in.second.heading"));
        heading.setId(HEADING_ID);
        heading.getElement().setAttribute("tabindex", "-1");
        var codeRequest = new CodeRequest(codes, (number, how) -> staffSignIn.sendSignInCode(pending, how),
                "staff.sign-in.second.sent", clock, announcer, phone);
        codeRequest.sendButton().addClickListener(e -> {
            if (staffSignIn.expired(pending)) {
                startAgain.run();
                return;
            }
            codeRequest.sendAndShowIn(errorSummary, code);
        });
        var submit = new NativeButton(getTranslation("staff.sign-in.second.submit"), e -> confirm());
        submit.addClassNames("lc-button", "lc-button-primary");
        submit.setId("second-factor-submit");
        code.addEnterListener(typed -> confirm());
        getContent().addClassNames("account-form", "second-factor");
        getContent().getElement().setAttribute("aria-labelledby", HEADING_ID);
        getContent().add(heading,
                new Paragraph(getTranslation("staff.sign-in.second.intro", pending.maskedPhone())),
                codeRequest, code, submit);
    }

    /** Moves focus to the step's heading, so that a screen reader says where the person is now. */
    void focusHeading() {
        getContent().getElement().executeJs("document.getElementById($0).focus()", HEADING_ID);
    }

    private void confirm() {
        if (code.getValue().isBlank()) {
            errorSummary.show(List.of(new FieldError(code, getTranslation("account.error.code.empty"))));
            return;
        }
        switch (staffSignIn.confirmSignIn(pending, code.getValue())) {
            case SecondFactorOutcome.SignedIn(var user) -> signedIn.accept(user);
            case SecondFactorOutcome.CodeRefused(var outcome) -> refuse(AccountMessages.code(outcome));
            case SecondFactorOutcome.TryLater(var retryAt) -> refuse(AccountMessages.codeTryLater(retryAt, clock));
            case SecondFactorOutcome.StartAgain() -> startAgain.run();
        }
    }

    private void refuse(String message) {
        code.clear();
        errorSummary.show(List.of(new FieldError(code, message)));
    }
}
