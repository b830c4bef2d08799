package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.applications.AnswerRules;
import cn.liaocheng.jobs.applications.AnswerWording;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.QuestionType;
import cn.liaocheng.jobs.documents.DocumentDownload;
import cn.liaocheng.jobs.recommendations.RecommendationList;
import cn.liaocheng.jobs.review.ReviewCase;
import cn.liaocheng.jobs.review.ReviewOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.review.StaffApplication;
import cn.liaocheng.jobs.shell.Announcer;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.staff.StaffService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The application for staff ({@code /staff/applications/<id>}): who it is for and who sent it, the profile facts
 * (numbers masked until 显示身份证号), the answers and documents, the status history, the decision buttons and the
 * 操作记录. Another county's id is the same not-found page as a missing one (the service's scoped query).
 */
@Route(value = "staff/applications/:id", layout = MainLayout.class)
@RolesAllowed({Role.Names.CASEWORKER, Role.Names.COUNTY_ADMINISTRATOR, Role.Names.CITY_ADMINISTRATOR})
class ReviewApplicationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(WHEN.getZone());

    private final ReviewService review;
    private final StaffService staff;
    private final Announcer announcer;
    final ErrorSummary errorSummary = new ErrorSummary();
    private long applicationId;
    private String title = "";

    ReviewApplicationView(ReviewService review, StaffService staff, Announcer announcer) {
        this.review = review;
        this.staff = staff;
        this.announcer = announcer;
        addClassNames("application-page", "review-application");
    }

    static String route(long applicationId) {
        return "staff/applications/" + applicationId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().getLong("id")
                .orElseThrow(cn.liaocheng.jobs.applications.ApplicationNotFoundException::new);
        show(review.open(applicationId), null);
    }

    /** Builds the page from the service's state; {@code notice} (a conflict) goes at the top. */
    void show(StaffApplication application, @org.jspecify.annotations.Nullable String notice) {
        removeAll();
        var c = application.reviewCase();
        title = getTranslation("review.application.heading", c.reference());
        var back = new Anchor(QueueView.ROUTE, getTranslation("review.application.back"));
        back.addClassName("back-link");
        var status = new Paragraph(getTranslation("review.application.status", getTranslation(c.status().messageKey())));
        status.setId("review-status");
        status.getElement().setAttribute("tabindex", "-1");
        add(back, new PageHeading(title));
        if (notice != null) {
            var conflict = new Paragraph(notice);
            conflict.setId("review-conflict");
            conflict.addClassName("notice");
            add(conflict);
        }
        add(status, errorSummary, summary(application), facts(application), answers(application),
                actions(application));
        if (application.recommendations() != null) {
            // What the person reads on 为您推荐, so that the caseworker can advise from the same list.
            add(new RecommendationList(application.recommendations(), "staff-recommendations"));
        }
        add(history(application), auditTrail(application));
    }

    /** The decisions; an administrator may also give the application to another of its county's caseworkers. */
    private Component actions(StaffApplication application) {
        var me = staff.requireCurrent();
        var reassignTo = me.isAdministrator() && isOpen(application.reviewCase().status())
                ? review.caseworkersFor(applicationId) : null;
        return new ReviewActions(this, review, application, me.accountId(), reassignTo);
    }

    private Component summary(StaffApplication application) {
        var c = application.reviewCase();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        term(list, "review.application.offer", c.offerTitle());
        term(list, "review.application.applicant", c.applicantName());
        term(list, "review.application.county", getTranslation(c.county().messageKey()));
        term(list, "review.application.submitted", WHEN.format(c.submittedAt()));
        var submitter = application.details().application().submittedBy();
        term(list, "review.application.submitted-by", submitter == null || !submitter.isHelper()
                ? getTranslation("review.application.submitted-by.self")
                : getTranslation("review.application.submitted-by.helper", submitter.name(),
                        getTranslation("application.relationship." + submitter.relationship().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', '-'))));
        if (submitter != null && submitter.isHelper()) {
            term(list, "review.application.consent", getTranslation("review.application.consent.recorded"));
        }
        term(list, "review.application.assigned", c.assignedName() == null
                ? getTranslation("review.queue.unassigned") : c.assignedName());
        return section("review-summary", "review.application.summary", list);
    }

    private Component facts(StaffApplication application) {
        var list = new DescriptionList();
        list.addClassName("summary-list");
        var facts = application.facts();
        if (facts == null) {
            return section("review-facts", "review.application.facts", new Paragraph(getTranslation("review.application.facts.gone")));
        }
        var id = new Span(facts.hasResidentId() ? facts.maskedResidentId() : getTranslation("review.none"));
        id.setId("resident-id");
        term(list, "review.application.resident-id", id);
        term(list, "review.application.category", facts.category() == null ? getTranslation("review.none")
                : getTranslation(facts.category().messageKey()) + (facts.grade() == null ? ""
                        : getTranslation("review.application.grade", facts.grade())));
        term(list, "review.application.township", facts.township() == null ? getTranslation("review.none") : facts.township());
        term(list, "review.application.contact", getTranslation(facts.contactPreference().messageKey()));
        var section = section("review-facts", "review.application.facts", list);
        if (facts.hasResidentId()) {
            var reveal = new Button(getTranslation("review.application.reveal"));
            reveal.setId("reveal-resident-id");
            reveal.addClickListener(e -> review.revealResidentId(applicationId).ifPresent(number -> {
                id.setText(number);
                reveal.setVisible(false);
                id.getElement().setAttribute("tabindex", "-1");
                id.getElement().callJsFunction("focus");
                announcer.announce(getTranslation("review.application.revealed"));
            }));
            section.add(reveal);
        }
        return section;
    }

    private Component answers(StaffApplication application) {
        var details = application.details();
        var answers = details.application().answers();
        var wording = new AnswerWording(this::getTranslation, getLocale());
        var content = new Div();
        details.form().shownSteps(answers).forEach(step -> {
            var list = new DescriptionList();
            list.addClassName("summary-list");
            step.shownQuestions(answers).forEach(question -> term(list, question.labelKey(),
                    question.type() == QuestionType.DOCUMENT ? document(answers.text(question.id()))
                            : new Span(wording.of(question, answers))));
            content.add(new com.vaadin.flow.component.html.H3(getTranslation(step.titleKey())), list);
        });
        return section("review-answers", "review.application.answers", content);
    }

    private Component document(String answer) {
        if (!AnswerRules.isDocumentId(answer)) {
            return new Span(getTranslation("application.answer.none"));
        }
        var id = UUID.fromString(answer);
        long appId = applicationId;
        return review.document(appId, id).<Component>map(info -> {
            var link = new Anchor();
            link.setText(info.displayName());
            link.setHref(DocumentDownload.of(() -> review.openDocument(appId, id)), AttachmentType.DOWNLOAD);
            link.addClassName("document-answer");
            return link;
        }).orElseGet(() -> new Span(getTranslation("application.document.gone")));
    }

    private Component history(StaffApplication application) {
        var list = new OrderedList();
        list.setId("review-history");
        application.history().forEach(change -> {
            var item = new ListItem(WHEN.format(change.changedAt()) + " " + getTranslation(change.to().messageKey()));
            if (change.reason() != null) {
                item.add(new Paragraph(getTranslation("review.application.history.reason", change.reason())));
            }
            list.add(item);
        });
        return section("review-history-section", "review.application.history", list);
    }

    private Component auditTrail(StaffApplication application) {
        var list = new OrderedList();
        list.setId("review-audit");
        AuditLines.of(application.auditTrail(), WHEN.getZone()).forEach(line -> {
            var entry = line.first();
            var what = line.times() > 1
                    ? getTranslation("review.audit.opened-times", line.times(),
                            HOUR_MINUTE.format(line.latest().occurredAt()))
                    : getTranslation("review.audit." + entry.action().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'));
            list.add(new ListItem(getTranslation("review.application.audit.entry", WHEN.format(entry.occurredAt()),
                    entry.actorName(), what, String.join("、", line.addresses()))));
        });
        return section("review-audit-section", "review.application.audit", list);
    }

    /** After an action: the page shows the service's new state; a conflict says so and shows what is there now. */
    void after(ReviewOutcome outcome, String doneKey) {
        switch (outcome) {
            case ReviewOutcome.Done done -> {
                errorSummary.clear();
                show(review.open(applicationId), null);
                announce(getTranslation(doneKey, getTranslation(done.now().status().messageKey()),
                        done.now().assignedName() == null ? "" : done.now().assignedName()));
            }
            case ReviewOutcome.Conflict conflict -> {
                var message = getTranslation("review.conflict", getTranslation(conflict.now().status().messageKey()));
                show(review.open(applicationId), message);
                announce(message);
            }
            case ReviewOutcome.Invalid invalid -> { } // shown by the form that asked
        }
    }

    private void announce(String message) {
        announcer.announce(message);
        getChildren().filter(c -> c.getId().filter("review-status"::equals).isPresent()).findFirst()
                .ifPresent(status -> status.getElement().callJsFunction("focus"));
    }

    ReviewCase reviewCase(StaffApplication application) {
        return application.reviewCase();
    }

    private void term(DescriptionList list, String key, String value) {
        term(list, key, new Span(value));
    }

    private void term(DescriptionList list, String key, Component value) {
        var row = new Div(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        row.addClassName("summary-row");
        list.add(row);
    }

    private Section section(String id, String headingKey, Component content) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        var section = new Section(heading, content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }

    static boolean isOpen(ApplicationStatus status) {
        return status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.IN_REVIEW
                || status == ApplicationStatus.MORE_INFO_NEEDED;
    }
}
