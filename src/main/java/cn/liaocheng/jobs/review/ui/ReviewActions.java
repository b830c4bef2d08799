package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.review.EmploymentKind;
import cn.liaocheng.jobs.review.Outcome;
import cn.liaocheng.jobs.review.RejectionReason;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The decision buttons for the application's state, each with what it needs: 需补充材料 a message, 不通过 a reason, 办结
 * its outcome. Every action names the version the page showed, so a colleague's change in between is never overwritten.
 */
class ReviewActions extends Composite<Section> {

    final TextArea message = new TextArea();
    final Select<RejectionReason> reason = new Select<>();
    final TextArea explanation = new TextArea();

    ReviewActions(ReviewApplicationView page, ReviewService review, StaffApplication application) {
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
        if (ReviewApplicationView.isOpen(status)) {
            section.add(button("review.action.assign", "action-assign", () -> page.after(
                    review.assignToMe(id, version), "review.done.assigned")));
        }
        if (status.canMoveTo(ApplicationStatus.IN_REVIEW) && status == ApplicationStatus.SUBMITTED) {
            section.add(button("review.action.start", "action-start", () -> page.after(
                    review.startReview(id, version), "review.done.status")));
        }
        if (status.canMoveTo(ApplicationStatus.APPROVED)) {
            var approve = button("review.action.approve", "action-approve", () -> page.after(
                    review.approve(id, version), "review.done.status"));
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            section.add(approve);
        }
        if (status.canMoveTo(ApplicationStatus.MORE_INFO_NEEDED)) {
            message.setLabel(getTranslation("review.more-info.message"));
            message.setHelperText(getTranslation("review.more-info.message.hint"));
            message.setMaxLength(500);
            message.setId("more-info-message");
            section.add(new H3(getTranslation("review.more-info.heading")), message,
                    button("review.action.more-info", "action-more-info", () -> handle(page,
                            review.requestMoreInformation(id, version, message.getValue()),
                            Map.of("message", message))));
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
            section.add(new H3(getTranslation("review.reject.heading")), reason, explanation,
                    button("review.action.reject", "action-reject", () -> handle(page, review.reject(id, version,
                            reason.getValue(), explanation.getValue(),
                            reason.getValue() == null ? "" : getTranslation(reason.getValue().messageKey())),
                            Map.of("reason", reason, "explanation", explanation))));
        }
        if (status.canMoveTo(ApplicationStatus.COMPLETED)) {
            section.add(new H3(getTranslation("review.outcome.heading")), outcomeForm(page, review, application));
        }
        if (section.getChildren().count() == 1) {
            section.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("review.actions.none")));
        }
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
                form.add(enrolled, completed, certificate, button("review.action.complete", "action-complete",
                        () -> handle(page, review.complete(c.applicationId(), c.version(), new Outcome.Training(
                                enrolled.getValue(), completed.getValue(), blank(certificate.getValue()))),
                                Map.of("enrolled", enrolled, "certificate", certificate))));
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
                form.add(employed, employer, start, kind, button("review.action.complete", "action-complete",
                        () -> handle(page, review.complete(c.applicationId(), c.version(), new Outcome.Employment(
                                employed.getValue(), blank(employer.getValue()), start.getValue(), kind.getValue())),
                                Map.of("employer", employer, "startDate", start, "employmentKind", kind))));
            }
            case LOAN -> {
                var amount = new IntegerField(getTranslation("review.outcome.amount"));
                amount.setId("outcome-amount");
                var bank = new TextField(getTranslation("review.outcome.bank"));
                bank.setId("outcome-bank");
                var granted = new DatePartsField(getTranslation("review.outcome.granted-on"));
                granted.setId("outcome-granted-on");
                form.add(amount, bank, granted, button("review.action.complete", "action-complete",
                        () -> handle(page, review.complete(c.applicationId(), c.version(), new Outcome.Loan(
                                amount.getValue(), blank(bank.getValue()), granted.getValue())),
                                Map.of("amount", amount, "bank", bank, "grantedOn", granted))));
            }
        }
        return form;
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
