package cn.liaocheng.jobs.bankreferrals.ui;

import cn.liaocheng.jobs.bankreferrals.BankReferral;
import cn.liaocheng.jobs.bankreferrals.BankReferrals;
import cn.liaocheng.jobs.bankreferrals.ReferralNotFoundException;
import cn.liaocheng.jobs.bankreferrals.ReferralStatus;
import cn.liaocheng.jobs.bankreferrals.StepOutcome;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.DatePartsField;
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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One referral ({@code /bank/<id>}) for the loan officer: what the bank needs to contact the applicant, the history,
 * and the bank's answer: 已受理, then 已放款 (amount and date) or 未获批 (reason). A step recorded from a page that
 * is out of date is refused with the current state; the page reloads it.
 */
@Route(value = BankReferralView.ROUTE, layout = MainLayout.class)
// Any signed-in account may ask; the service (loan officers only) answers everyone else with the not-found page,
// so that for caseworkers, administrators and applicants the bank's addresses do not exist (a 403 would say they do).
@PermitAll
class BankReferralView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    // Digits only: anything else is no referral id, and the router answers with the not-found page.
    static final String ROUTE = "bank/:referralId([0-9]{1,18})";

    private final BankReferrals referrals;
    private final Announcer announcer;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Div status = new Div();
    final TextField amount = new TextField();
    final DatePartsField paidOn;
    final TextArea reason = new TextArea();
    private @Nullable BankReferral referral;

    BankReferralView(BankReferrals referrals, Announcer announcer) {
        this.referrals = referrals;
        this.announcer = announcer;
        addClassName("bank-referral");
        status.setId("bank-referral-status");
        amount.setLabel(getTranslation("bank.disburse.amount"));
        amount.setHelperText(getTranslation("bank.disburse.amount.hint"));
        amount.setId("bank-amount");
        amount.getElement().setAttribute("inputmode", "numeric");
        paidOn = new DatePartsField(getTranslation("bank.disburse.date"));
        paidOn.setId("bank-paid-on");
        reason.setLabel(getTranslation("bank.decline.reason"));
        reason.setHelperText(getTranslation("bank.decline.reason.hint"));
        reason.setId("bank-decline-reason");
    }

    static String route(long referralId) {
        return "bank/" + referralId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("referralId").orElseThrow(ReferralNotFoundException::new);
        referral = referrals.referral(id);
        show();
    }

    private void show() {
        var shown = current();
        removeAll();
        var back = new Anchor(BankQueueView.ROUTE, getTranslation("bank.referral.back"));
        back.setId("back-to-bank-queue");
        add(new Paragraph(back), new PageHeading(getTranslation("bank.referral.heading", shown.reference())), status,
                details(shown), section("bank-steps-heading", "bank.referral.steps", steps(shown.id())));
        if (!shown.status().isOpen()) {
            add(new Paragraph(getTranslation("bank.referral.closed")));
            return;
        }
        add(errorSummary);
        var forms = new ArrayList<Component>();
        if (shown.status() == ReferralStatus.REFERRED) {
            var accept = new Button(getTranslation("bank.accept"), e -> outcome(referrals.accept(shown.id(),
                    shown.version()), List.of()));
            accept.addThemeVariants(ButtonVariant.PRIMARY);
            accept.setId("bank-accept");
            forms.add(new Paragraph(getTranslation("bank.accept.hint")));
            forms.add(accept);
        }
        if (shown.status() == ReferralStatus.ACCEPTED) {
            var disburse = new Button(getTranslation("bank.disburse.submit"), e -> disburse(shown));
            disburse.addThemeVariants(ButtonVariant.PRIMARY);
            disburse.setId("bank-disburse");
            forms.add(subsection("bank-disburse-heading", "bank.disburse.heading", amount, paidOn, disburse));
        }
        var decline = new Button(getTranslation("bank.decline.submit"), e -> outcome(referrals.decline(shown.id(),
                shown.version(), reason.getValue()), List.of()));
        decline.setId("bank-decline");
        forms.add(subsection("bank-decline-heading", "bank.decline.heading", reason, decline));
        add(section("bank-actions-heading", "bank.referral.actions", forms.toArray(Component[]::new)));
    }

    private void disburse(BankReferral shown) {
        // A half-typed date is the date field's own problem: the service sees no date, and the field's message is
        // shown instead of "missing".
        var dateProblem = paidOn.problemMessage();
        var outcome = referrals.disburse(shown.id(), shown.version(), amount.getValue(),
                dateProblem.isPresent() ? null : paidOn.getValue());
        if (outcome instanceof StepOutcome.Invalid invalid && dateProblem.isPresent()) {
            var problems = new ArrayList<FieldError>();
            invalid.problems().stream().filter(p -> fieldFor(p) == amount)
                    .forEach(p -> problems.add(new FieldError(amount, getTranslation(p.messageKey()))));
            problems.add(new FieldError(paidOn, dateProblem.get()));
            errorSummary.show(problems);
            return;
        }
        outcome(outcome, List.of());
    }

    private void outcome(StepOutcome outcome, List<FieldError> alsoWrong) {
        var shown = current();
        switch (outcome) {
            case StepOutcome.Recorded recorded -> done(getTranslation("bank.recorded",
                    getTranslation(recorded.status().messageKey())));
            case StepOutcome.Conflict conflict -> done(getTranslation("bank.conflict",
                    getTranslation(conflict.now().messageKey())));
            case StepOutcome.NotAllowed notAllowed -> done(getTranslation("bank.not-allowed",
                    getTranslation(notAllowed.now().messageKey())));
            case StepOutcome.Invalid invalid -> {
                var problems = new ArrayList<>(alsoWrong);
                invalid.problems().forEach(p -> problems.add(new FieldError(fieldFor(p), getTranslation(p.messageKey()))));
                errorSummary.show(problems);
            }
        }
    }

    private Component fieldFor(StepOutcome.Problem problem) {
        return switch (problem) {
            case AMOUNT_MISSING, AMOUNT_NOT_A_NUMBER, AMOUNT_OUT_OF_RANGE -> amount;
            case DATE_MISSING, DATE_IN_FUTURE, DATE_BEFORE_REFERRAL -> paidOn;
            case REASON_MISSING, REASON_TOO_LONG -> reason;
        };
    }

    /** Reloads the referral as it is now, says what happened above the heading's content and through the live region. */
    private void done(String text) {
        errorSummary.clear();
        referral = referrals.referral(current().id());
        show();
        status.add(new Notice(text));
        announcer.announce(text);
    }

    private DescriptionList details(BankReferral shown) {
        var list = new DescriptionList();
        list.setId("bank-referral-details");
        term(list, "bank.referral.name", shown.name());
        term(list, "bank.referral.phone", shown.phone() == null ? getTranslation("bank.referral.phone.none")
                : shown.phone().value());
        term(list, "bank.referral.where", getTranslation(shown.county().messageKey())
                + (shown.township() == null ? "" : " " + shown.township()));
        term(list, "bank.referral.amount", getTranslation("bank.amount.yuan", shown.amountAskedYuan()));
        term(list, "bank.referral.purpose", getTranslation("application.q.loan-purpose.option."
                + shown.purpose().toLowerCase(Locale.ROOT))
                + (shown.purposeDetail() == null ? "" : "：" + shown.purposeDetail()));
        term(list, "bank.referral.borrower", getTranslation("application.q.borrower.option."
                + shown.borrower().toLowerCase(Locale.ROOT)));
        term(list, "bank.referral.status", getTranslation(shown.status().messageKey()));
        term(list, "bank.referral.referred", shown.referredAt().atZone(ReferralTable.LIAOCHENG).toLocalDate().toString());
        return list;
    }

    private static void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(list.getTranslation(key)), new DescriptionList.Description(value));
    }

    private OrderedList steps(long referralId) {
        var list = new OrderedList();
        list.addClassName("timeline");
        list.setId("bank-steps");
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        referrals.steps(referralId).forEach(step -> {
            var item = new ListItem(step.recordedAt().atZone(ReferralTable.LIAOCHENG).format(format) + " "
                    + getTranslation(step.status().messageKey()));
            if (step.amountYuan() != null && step.on() != null) {
                item.add(new Paragraph(getTranslation("bank.amount.yuan", step.amountYuan()) + " · " + step.on()));
            }
            if (step.reason() != null) {
                item.add(new Paragraph(step.reason()));
            }
            list.add(item);
        });
        return list;
    }

    private Section section(String id, String headingKey, Component... content) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId(id);
        var section = new Section(heading);
        section.add(content);
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    private Section subsection(String id, String headingKey, Component... content) {
        var heading = new com.vaadin.flow.component.html.H3(getTranslation(headingKey));
        heading.setId(id);
        var section = new Section(heading);
        section.add(content);
        section.addClassName("account-form");
        section.getElement().setAttribute("aria-labelledby", id);
        return section;
    }

    private BankReferral current() {
        if (referral == null) {
            throw new ReferralNotFoundException();
        }
        return referral;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(referral == null ? getTranslation("bank.queue.heading")
                : getTranslation("bank.referral.heading", referral.reference()));
    }
}
