package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.accounts.StaffAccounts.StaffAccount;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.recommendations.FindingsForm;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.RejectionReason;
import cn.liaocheng.jobs.review.ReviewCase;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.SocialInsurance;
import cn.liaocheng.jobs.review.StaffApplication;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The decision buttons for the application's state, each with what it needs: 需补充材料 a message, 不通过 a reason, 办结
 * its outcome. Every action names the version the page showed, so a colleague's change in between is never overwritten.
 */
class ReviewActions extends Composite<Section> {

    final TextArea message = new TextArea();
    final Select<RejectionReason> reason = new Select<>();
    final TextArea explanation = new TextArea();

    final RadioButtonGroup<StaffAccount> caseworker = new RadioButtonGroup<>();

    /**
     * @param me            the signed-in staff member's account id, so that 由我处理 is not offered to whoever has it
     * @param reassignTo    for an administrator, the county's active caseworkers (改派); null for a caseworker
     */
    ReviewActions(ReviewApplicationView page, ReviewService review, StaffApplication application, long me,
            @Nullable List<StaffAccount> reassignTo) {
        var c = application.reviewCase();
        long id = c.applicationId();
        int version = c.version();
        var section = getContent();
        section.setId("review-actions");
        var heading = new H2(getTranslation("review.actions.heading"));
        heading.setId("review-actions-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        var status = c.status();
        // The next step of this state, as the one primary button; the other decisions below it, each in its own part.
        var next = new Div();
        next.addClassName("review-next");
        if (status == ApplicationStatus.SUBMITTED) {
            next.add(primary(button("review.action.start", "action-start", () -> page.after(
                    review.startReview(id, version), "review.done.status"))));
        }
        if (status.canMoveTo(ApplicationStatus.APPROVED)) {
            next.add(primary(button("review.action.approve", "action-approve", () -> page.after(
                    review.approve(id, version), "review.done.status"))));
        }
        if (ReviewApplicationView.isOpen(status) && !Long.valueOf(me).equals(c.assignedTo())) {
            next.add(button("review.action.assign", "action-assign", () -> page.after(
                    review.assignToMe(id, version), "review.done.assigned")));
        }
        if (next.getChildren().findAny().isPresent()) {
            section.add(next);
        }
        if (status.canMoveTo(ApplicationStatus.COMPLETED)) {
            section.add(part("review-complete", "review.outcome.heading", outcomeForm(page, review, application)));
        }
        if (status.canMoveTo(ApplicationStatus.MORE_INFO_NEEDED)) {
            message.setLabel(getTranslation("review.more-info.message"));
            message.setHelperText(getTranslation("review.more-info.message.hint"));
            message.setMaxLength(500);
            message.setId("more-info-message");
            section.add(part("review-more-info", "review.more-info.heading", message,
                    button("review.action.more-info", "action-more-info", () -> handle(page,
                            review.requestMoreInformation(id, version, message.getValue()),
                            Map.of("message", message)))));
        }
        if (status.canMoveTo(ApplicationStatus.REJECTED)) {
            reason.setLabel(getTranslation("review.reject.reason"));
            reason.setItems(RejectionReason.values());
            reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.messageKey()));
            reason.setEmptySelectionAllowed(true);
            reason.setEmptySelectionCaption(getTranslation("review.reject.reason.choose"));
            reason.setId("reject-reason");
            explanation.setLabel(getTranslation("review.reject.explanation"));
            explanation.setHelperText(getTranslation("review.reject.explanation.hint"));
            explanation.setMaxLength(500);
            explanation.setId("reject-explanation");
            section.add(part("review-reject", "review.reject.heading", reason, explanation,
                    button("review.action.reject", "action-reject", () -> handle(page, review.reject(id, version,
                            reason.getValue(), explanation.getValue(),
                            reason.getValue() == null ? "" : getTranslation(reason.getValue().messageKey())),
                            Map.of("reason", reason, "explanation", explanation)))));
        }
        if (reassignTo != null && ReviewApplicationView.isOpen(status)) {
            section.add(reassign(page, review, c, reassignTo));
        }
        if (section.getChildren().count() == 1) {
            section.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("review.actions.none")));
        }
    }

    /** 改派, for administrators: one of the county's active caseworkers, then 改派. */
    private Component reassign(ReviewApplicationView page, ReviewService review, ReviewCase c,
            List<StaffAccount> caseworkers) {
        var others = caseworkers.stream().filter(a -> !Long.valueOf(a.accountId()).equals(c.assignedTo())).toList();
        if (others.isEmpty()) {
            var none = new com.vaadin.flow.component.html.Paragraph(getTranslation("review.reassign.none"));
            none.setId("reassign-none");
            return part("review-reassign", "review.reassign.heading", none);
        }
        caseworker.setLabel(getTranslation("review.reassign.caseworker"));
        caseworker.setItems(others);
        caseworker.setItemLabelGenerator(StaffAccount::name);
        caseworker.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        caseworker.setId("reassign-caseworker");
        return part("review-reassign", "review.reassign.heading", caseworker,
                button("review.action.reassign", "action-reassign", () -> {
                    var to = caseworker.getValue();
                    var outcome = review.reassign(c.applicationId(), c.version(), to == null ? -1 : to.accountId());
                    if (outcome instanceof ReviewOutcome.Done) {
                        page.after(outcome, "review.done.reassigned");
                    } else {
                        handle(page, outcome, Map.of("caseworker", caseworker));
                    }
                }));
    }

    /** One decision with what it needs, under its own heading. */
    private Component part(String id, String headingKey, Component... content) {
        var heading = new H3(getTranslation(headingKey));
        heading.setId(id + "-heading");
        var part = new Div(heading);
        part.add(content);
        part.setId(id);
        part.addClassName("review-part");
        part.getElement().setAttribute("role", "group");
        part.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return part;
    }

    private static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private Component outcomeForm(ReviewApplicationView page, ReviewService review, StaffApplication application) {
        var c = application.reviewCase();
        var form = new Div();
        form.setId("outcome-form");
        switch (c.outcomeKind()) {
            case TRAINING -> {
                var enrolled = new Checkbox(getTranslation("review.outcome.enrolled"));
                enrolled.setId("outcome-enrolled");
                var completed = new Checkbox(getTranslation("review.outcome.completed"));
                completed.setId("outcome-completed");
                var certificate = new TextField(getTranslation("review.outcome.certificate"));
                certificate.setHelperText(getTranslation("review.outcome.certificate.hint"));
                certificate.setId("outcome-certificate");
                form.add(enrolled, completed, certificate);
                // A 职业能力评估 also records what it found, which leads to 为您推荐 (decision 0031).
                var findings = application.assessment() ? new FindingsForm() : null;
                var fields = new HashMap<String, Component>(Map.of("enrolled", enrolled, "certificate", certificate));
                if (findings != null) {
                    if (application.facts() != null) {
                        findings.presetSupport(application.facts().supportNeeds());
                    }
                    fields.putAll(findings.fields());
                    form.add(findings);
                }
                form.add(primaryIfApproved(c, button("review.action.complete", "action-complete",
                        () -> handle(page, review.complete(c.applicationId(), c.version(), new Outcome.Training(
                                enrolled.getValue(), completed.getValue(), blank(certificate.getValue())),
                                findings == null ? null : findings.findings()), fields))));
            }
            case EMPLOYMENT -> {
                var employed = new Checkbox(getTranslation("review.outcome.employed"));
                employed.setId("outcome-employed");
                var employer = new TextField(getTranslation("review.outcome.employer"));
                employer.setId("outcome-employer");
                var start = new DatePartsField(getTranslation("review.outcome.start-date"));
                start.setId("outcome-start-date");
                var kind = new Select<EmploymentKind>();
                kind.setLabel(getTranslation("review.outcome.employment-kind"));
                kind.setItems(EmploymentKind.values());
                kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
                kind.setId("outcome-employment-kind");
                var insurance = new RadioButtonGroup<SocialInsurance>(getTranslation("review.outcome.social-insurance"));
                insurance.setItems(SocialInsurance.values());
                insurance.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
                insurance.setId("outcome-social-insurance");
                form.add(employed, employer, start, kind, insurance, primaryIfApproved(c, button("review.action.complete", "action-complete",
                        () -> handle(page, review.complete(c.applicationId(), c.version(), new Outcome.Employment(
                                employed.getValue(), blank(employer.getValue()), start.getValue(), kind.getValue(),
                                insurance.getValue())),
                                Map.of("employer", employer, "startDate", start, "employmentKind", kind,
                                        "socialInsurance", insurance)))));
            }
            case LOAN -> {
                var amount = new IntegerField(getTranslation("review.outcome.amount"));
                amount.setId("outcome-amount");
                var bank = new TextField(getTranslation("review.outcome.bank"));
                bank.setId("outcome-bank");
                var granted = new DatePartsField(getTranslation("review.outcome.granted-on"));
                granted.setId("outcome-granted-on");
                form.add(amount, bank, granted, primaryIfApproved(c, button("review.action.complete", "action-complete",
                        () -> handle(page, review.complete(c.applicationId(), c.version(), new Outcome.Loan(
                                amount.getValue(), blank(bank.getValue()), granted.getValue())),
                                Map.of("amount", amount, "bank", bank, "grantedOn", granted)))));
            }
        }
        return form;
    }

    /** 办结 is the next step of an approved application. */
    private static Button primaryIfApproved(ReviewCase c, Button button) {
        return c.status() == ApplicationStatus.APPROVED ? primary(button) : button;
    }

    private void handle(ReviewApplicationView page, ReviewOutcome outcome, Map<String, Component> fields) {
        if (outcome instanceof ReviewOutcome.Invalid invalid) {
            List<ErrorSummary.FieldError> errors = invalid.problems().stream()
                    .map(p -> new ErrorSummary.FieldError(fields.getOrDefault(p.field(), this),
                            getTranslation(p.messageKey())))
                    .toList();
            invalid.problems().forEach(p -> {
                var field = fields.get(p.field());
                if (field instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setInvalid(true);
                    v.setErrorMessage(getTranslation(p.messageKey()));
                }
            });
            page.errorSummary.show(errors);
            return;
        }
        page.after(outcome, "review.done.status");
    }

    private Button button(String key, String id, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<RejectionReason> reasons() {
        return Arrays.asList(RejectionReason.values());
    }
}
