package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.applications.Application.Submitter;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.documents.DocumentContent;
import cn.liaocheng.jobs.documents.DocumentInfo;
import cn.liaocheng.jobs.documents.DocumentService;
import cn.liaocheng.jobs.profile.PersonSummary;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.SubmitPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way into applications. Every method takes the signed-in account from {@link CurrentAccount} and checks
 * access itself: ids come from URLs and are never trusted. An application is visible to the person it is for and to
 * the helpers the person agreed to; a helper still waiting for that agreement sees only the drafts they started
 * themselves. To anyone else it does not exist. That includes a helper whose permission the person withdrew, even for
 * drafts that helper started: the person keeps them, the helper loses them.
 */
@Service
public class ApplicationService {

    private final ApplicationStore store;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final CurrentAccount current;
    private final DocumentService documents;
    private final Prefiller prefiller;
    private final ApplicationExports exports;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationService(ApplicationStore store, CatalogueService catalogue, ProfileService profiles,
            CurrentAccount current, DocumentService documents, Prefiller prefiller, ApplicationExports exports,
            ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.exports = exports;
        this.documents = documents;
        this.store = store;
        this.catalogue = catalogue;
        this.profiles = profiles;
        this.current = current;
        this.prefiller = prefiller;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft for a person the signed-in account may apply for, or resumes the one they already have. */
    @Transactional
    public StartOutcome start(String offerSlug, long personId) {
        return start(offerSlug, personId, Answers.none());
    }

    /**
     * As {@link #start(String, long)}, a new draft beginning with {@code given}: answers the person just gave (the
     * eligibility checker) win over the profile's; only those that fit a question of this form are kept.
     */
    @Transactional
    public StartOutcome start(String offerSlug, long personId, Answers given) {
        var user = current.user();
        var offer = catalogue.findBySlug(offerSlug);
        var person = profiles.find(personId);
        if (user.isEmpty() || offer.isEmpty() || person.isEmpty()
                || !profiles.submitPermission(personId).mayPrepareDrafts()) {
            return new StartOutcome.NotFound();
        }
        if (!offer.get().isOpenOn(today())) {
            return new StartOutcome.OfferClosed();
        }
        // A helper awaiting consent resumes only their own draft, never one the person (or another helper) started.
        var existing = store.findDraft(offer.get().id(), personId,
                person.get().awaitingConsent() ? user.get().accountId() : null);
        if (existing.isPresent()) {
            return new StartOutcome.Started(existing.get().id(), existing.get().currentStep());
        }
        var form = Forms.forOffer(offer.get());
        var answers = profiles.facts(personId)
                .map(facts -> prefiller.answers(form, facts, offer.get()))
                .orElseGet(() -> prefiller.answers(form, offer.get()))
                .withAll(prefiller.fitting(form, given));
        var first = form.firstStep().id();
        long id = store.insertDraft(offer.get().id(), offerSlug, form.kind(), personId, user.get().accountId(),
                answers, first, clock.instant());
        return new StartOutcome.Started(id, first);
    }

    /** The application with its offer and form, if the signed-in account may see it. */
    @Transactional(readOnly = true)
    public Optional<ApplicationDetails> find(long applicationId) {
        var user = current.user();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return store.find(applicationId).flatMap(application -> profiles.find(application.personId())
                .filter(person -> mayRead(application.createdBy(), person, user.get().accountId()))
                .flatMap(person -> catalogue.findBySlug(application.offerSlug()).map(offer -> new ApplicationDetails(
                        application, offer, Forms.forOffer(offer), person.name(),
                        profiles.submitPermission(application.personId())))));
    }

    /**
     * Saves one step's answers as typed, valid or not, in one statement: on 继续 and every few seconds while typing.
     * Answers to questions that are not on this step are ignored.
     */
    @Transactional
    public SaveOutcome save(long applicationId, int version, String stepId, Answers typed) {
        var details = editable(applicationId);
        var step = details.form().step(stepId).orElseThrow(ApplicationNotFoundException::new);
        var ids = step.questions().stream().map(Question::id).toList();
        var answers = withoutForeignDocuments(details, step, typed.only(ids));
        var saved = store.saveAnswers(applicationId, version, answers, stepId, clock.instant());
        if (saved.isPresent()) {
            return new SaveOutcome.Saved(saved.get());
        }
        return store.find(applicationId).filter(Application::isOpenForAnswers).isPresent()
                ? new SaveOutcome.Conflict() : new SaveOutcome.NotADraft();
    }

    /**
     * Sends the draft as it was checked, or, after 需补充材料, sends the same application back to review. Idempotent: a
     * second press, a resent request or another tab finds it already sent and gets the same reference; the state
     * change is one conditional SQL statement.
     */
    @Transactional
    public SubmitOutcome submit(long applicationId, int version) {
        var details = find(applicationId).orElseThrow(ApplicationNotFoundException::new);
        var application = details.application();
        if (!application.isOpenForAnswers()) {
            return new SubmitOutcome.AlreadySubmitted(requireReference(application));
        }
        var submitter = switch (details.permission()) {
            case SubmitPermission.Self self -> new Submitter(current.requireId(),
                    details.personName() == null ? displayName() : details.personName(), null);
            case SubmitPermission.Helper helper -> new Submitter(current.requireId(), helper.helperName(),
                    helper.relationship().name());
            case SubmitPermission.AwaitingConsent awaiting -> null;
            case SubmitPermission.None none -> throw new ApplicationNotFoundException();
        };
        if (submitter == null) {
            return new SubmitOutcome.ConsentAwaited();
        }
        // A first submission must arrive while the offer takes applications; answering 需补充材料 later need not.
        if (application.isDraft() && !details.offer().isOpenOn(today())) {
            return new SubmitOutcome.OfferClosed();
        }
        if (application.version() != version) {
            return new SubmitOutcome.Conflict();
        }
        var form = details.form();
        var answers = application.answers();
        var incomplete = form.firstIncompleteStep(answers, today());
        if (incomplete.isPresent()) {
            return new SubmitOutcome.Incomplete(incomplete.get().id());
        }
        // Answers to questions no longer shown (a "yes" changed to "no") are not sent.
        var sent = answers.only(form.shownQuestions(answers).stream().map(Question::id).toList());
        var from = application.status();
        var reference = from == ApplicationStatus.MORE_INFO_NEEDED
                ? store.resubmit(applicationId, version, sent, clock.instant())
                : store.submit(applicationId, version, sent, submitter, today().getYear(), clock.instant());
        if (reference.isEmpty()) {
            var now = store.find(applicationId).orElseThrow(ApplicationNotFoundException::new);
            return now.isOpenForAnswers() ? new SubmitOutcome.Conflict()
                    : new SubmitOutcome.AlreadySubmitted(requireReference(now));
        }
        var to = from == ApplicationStatus.MORE_INFO_NEEDED ? ApplicationStatus.IN_REVIEW : ApplicationStatus.SUBMITTED;
        var now = clock.instant();
        store.recordStatusChange(applicationId, from, to, null, submitter.accountId(), now);
        // The submitter sees the confirmation page; everyone else following the person hears of it here: the person
        // when a helper sent it for them, and their other helpers.
        profiles.accountsToNotify(application.personId()).stream()
                .filter(account -> account != submitter.accountId())
                .forEach(account -> store.notify(account, applicationId, to, now));
        if (to == ApplicationStatus.IN_REVIEW) {
            events.publishEvent(new ApplicationStatusChanged(applicationId, application.personId(), from, to, null,
                    reference.get()));
            return new SubmitOutcome.Submitted(reference.get());
        }
        events.publishEvent(new ApplicationSubmitted(applicationId, application.offerId(), application.personId(),
                reference.get()));
        return new SubmitOutcome.Submitted(reference.get());
    }

    /**
     * A document this application's answers refer to, for its name on the check and application pages; empty when
     * the signed-in account may not see the application or the application does not refer to the document.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentInfo> document(long applicationId, UUID documentId) {
        return find(applicationId).filter(d -> documentIds(d).contains(documentId.toString()))
                .flatMap(d -> documents.infoAccessCheckedByCaller(documentId));
    }

    /** The file of {@link #document}, checked again when the download is asked for. */
    @Transactional(readOnly = true)
    public Optional<DocumentContent> openDocument(long applicationId, UUID documentId) {
        return find(applicationId).filter(d -> documentIds(d).contains(documentId.toString()))
                .flatMap(d -> documents.openAccessCheckedByCaller(documentId));
    }

    /** 我的申请: drafts and applications of the account itself and of every person it helps, newest first. */
    @Transactional(readOnly = true)
    public List<MyApplication> mine() {
        var user = current.user();
        if (user.isEmpty()) {
            return List.of();
        }
        var people = peopleByIdFor();
        return store.findFor(people.keySet()).stream()
                .filter(application -> mayRead(application.createdBy(), people.get(application.personId()),
                        user.get().accountId()))
                .flatMap(application -> catalogue.findBySlug(application.offerSlug()).stream().map(offer -> {
                    var person = people.get(application.personId());
                    return new MyApplication(application, offer.title(), person.name(), person.self());
                }))
                .toList();
    }

    /**
     * Document answers keep only ids the saving account may put there: a document it uploaded itself, or one the
     * application already refers to (the person keeping what their helper uploaded). Any other id, such as one
     * copied from someone else's application into a crafted request, is dropped, so the stored answer stays as it
     * was and the document never becomes visible through this application.
     */
    private Answers withoutForeignDocuments(ApplicationDetails details, Step step, Answers typed) {
        var known = documentIds(details);
        var kept = new LinkedHashMap<String, Object>(typed.asMap());
        step.questions().stream().filter(q -> q.type() == QuestionType.DOCUMENT).forEach(q -> {
            var value = typed.text(q.id());
            if (typed.raw(q.id()).isEmpty() || value.isEmpty() || known.contains(value)) {
                return;
            }
            if (!AnswerRules.isDocumentId(value) || documents.info(UUID.fromString(value)).isEmpty()) {
                kept.remove(q.id());
            }
        });
        return Answers.of(kept);
    }

    private static Set<String> documentIds(ApplicationDetails details) {
        var answers = details.application().answers();
        return details.form().steps().stream().flatMap(s -> s.questions().stream())
                .filter(q -> q.type() == QuestionType.DOCUMENT)
                .map(q -> answers.text(q.id())).filter(AnswerRules::isDocumentId)
                .collect(Collectors.toSet());
    }

    /** The status history of an application the signed-in account may see, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(long applicationId) {
        find(applicationId).orElseThrow(ApplicationNotFoundException::new);
        return store.history(applicationId);
    }

    /**
     * Moves a submitted application on; for caseworkers and administrators only, checked by method security here and
     * not only by the staff screens. Anyone else gets {@link ApplicationNotFoundException}, as for an id that does not
     * exist. Writes the history and an in-app notification for the person and each active helper, in the same
     * transaction. County scope is not checked here yet: the review capability's queries do that (issue 10).
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public StatusChangeOutcome changeStatus(long applicationId, ApplicationStatus to, @Nullable String reason) {
        var staff = current.user().orElseThrow(ApplicationNotFoundException::new);
        var application = store.find(applicationId).orElseThrow(ApplicationNotFoundException::new);
        var from = application.status();
        if (!from.canMoveTo(to)) {
            return new StatusChangeOutcome.NotAllowed(from);
        }
        var why = reason == null || reason.isBlank() ? null : reason.strip();
        if (to.needsReason() && why == null) {
            return new StatusChangeOutcome.ReasonRequired();
        }
        var now = clock.instant();
        if (!store.changeStatus(applicationId, from, to, now)) {
            return new StatusChangeOutcome.Conflict();
        }
        store.recordStatusChange(applicationId, from, to, why, staff.accountId(), now);
        // The reason stays out of the audit trail: staff may have written health facts into it.
        audit.record(auditedAction(to), applicationId, application.personId(), from.name() + " → " + to.name());
        profiles.accountsToNotify(application.personId())
                .forEach(account -> store.notify(account, applicationId, to, now));
        events.publishEvent(new ApplicationStatusChanged(applicationId, application.personId(), from, to, why,
                requireReference(application)));
        return new StatusChangeOutcome.Changed(to);
    }

    /**
     * For the staff workspace (the review capability): the application with its offer and form, whatever account
     * submitted it; empty for a draft or an id that does not exist. Method security keeps everyone but caseworkers and
     * administrators out (not-found); the county check is the caller's, done in its own scoped query before calling
     * (decision 0013), like {@link #changeStatus}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<ApplicationDetails> findForStaff(long applicationId) {
        return store.find(applicationId).filter(application -> !application.isDraft())
                .flatMap(application -> catalogue.findBySlug(application.offerSlug()).map(offer ->
                        new ApplicationDetails(application, offer, Forms.forOffer(offer), null,
                                new SubmitPermission.None())));
    }

    /** The status history for staff, oldest first; same rule as {@link #findForStaff}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public List<StatusChange> historyForStaff(long applicationId) {
        findForStaff(applicationId).orElseThrow(ApplicationNotFoundException::new);
        return store.history(applicationId);
    }

    /**
     * A document the application's answers refer to, for staff; same rule as {@link #findForStaff}. The caller records
     * the opening in the audit trail.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<DocumentInfo> documentForStaff(long applicationId, UUID documentId) {
        return findForStaff(applicationId).filter(d -> documentIds(d).contains(documentId.toString()))
                .flatMap(d -> documents.infoAccessCheckedByCaller(documentId));
    }

    /** The file of {@link #documentForStaff}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<DocumentContent> openDocumentForStaff(long applicationId, UUID documentId) {
        return findForStaff(applicationId).filter(d -> documentIds(d).contains(documentId.toString()))
                .flatMap(d -> documents.openAccessCheckedByCaller(documentId));
    }

    /**
     * FOR THE BANK REFERRAL QUEUE ONLY (an event listener, so nobody is signed in): what the bank needs of an
     * application the DPF approved for the Agricultural Bank referral offer. No access check, in return it answers
     * only for an application that is 已通过 and made on the ABC referral form, and gives only the fields of
     * {@link BankReferralRequest}: never answers about disability, documents or certificate numbers.
     */
    @Transactional(readOnly = true)
    public Optional<BankReferralRequest> approvedBankReferral(long applicationId) {
        return store.find(applicationId)
                .filter(a -> a.form() == FormDefinition.FormKind.ABC_REFERRAL)
                // 办结 may already have followed the approval by the time the listener runs.
                .filter(a -> a.status() == ApplicationStatus.APPROVED || a.status() == ApplicationStatus.COMPLETED)
                .map(a -> {
                    var answers = a.answers();
                    var county = cn.liaocheng.jobs.shared.County.valueOf(answers.text("county"));
                    return new BankReferralRequest(a.id(), a.personId(), requireReference(a), county,
                            blankToNull(answers.text("township")), blankToNull(answers.text("phone")),
                            Long.parseLong(answers.text("loan-amount")), answers.text("loan-purpose"),
                            blankToNull(answers.text("loan-purpose-detail")), answers.text("borrower"));
                });
    }

    /**
     * The bank's step on an approved referral, written into the application's history with its own name while the
     * status stays as it is, with an in-app notification for the person and each consented helper, and
     * {@link ApplicationPartnerStepRecorded} for messages. For loan officers only (method security); anyone else, and
     * an application that is not an approved ABC referral, gets {@link ApplicationNotFoundException}. The bank
     * referrals capability checks the step's order and audits it; this only records it for the person.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.LOAN_OFFICER)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public void recordBankStep(long applicationId, PartnerStep step, @Nullable String detail) {
        var officer = current.user().orElseThrow(ApplicationNotFoundException::new);
        var application = store.find(applicationId)
                .filter(a -> a.form() == FormDefinition.FormKind.ABC_REFERRAL)
                .filter(a -> a.status() == ApplicationStatus.APPROVED || a.status() == ApplicationStatus.COMPLETED)
                .orElseThrow(ApplicationNotFoundException::new);
        var now = clock.instant();
        var why = blankToNull(detail);
        store.recordPartnerStep(applicationId, application.status(), step, why, officer.accountId(), now);
        profiles.accountsToNotify(application.personId())
                .forEach(account -> store.notifyOfStep(account, applicationId, application.status(), step, now));
        events.publishEvent(new ApplicationPartnerStepRecorded(applicationId, application.personId(), step, why,
                requireReference(application)));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static AuditedAction auditedAction(ApplicationStatus to) {
        return switch (to) {
            case IN_REVIEW -> AuditedAction.REVIEW_STARTED;
            case MORE_INFO_NEEDED -> AuditedAction.MORE_INFORMATION_REQUESTED;
            case APPROVED -> AuditedAction.APPROVED;
            case REJECTED -> AuditedAction.REJECTED;
            case COMPLETED -> AuditedAction.COMPLETED;
            // No status change leads here (canMoveTo refuses it).
            case DRAFT, SUBMITTED -> throw new IllegalArgumentException("not a staff decision: " + to);
        };
    }

    /** The signed-in account's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> notifications() {
        var user = current.user();
        if (user.isEmpty()) {
            return List.of();
        }
        // Only about applications the account may read now: not a helper's before consent, nor after withdrawal.
        var people = peopleByIdFor();
        return store.notificationsFor(user.get().accountId(), 20).stream()
                .filter(row -> mayRead(row.createdBy(), people.get(row.personId()), user.get().accountId()))
                .flatMap(row -> catalogue.findBySlug(row.offerSlug()).stream()
                        .map(offer -> new Notification(row.id(), row.applicationId(), row.reference(), offer.title(),
                                row.status(), row.createdAt(), row.read(), row.step())))
                .toList();
    }

    /**
     * The signed-in account's part of 我的数据, with questions and answers worded in {@code language}: every
     * application of its own person (drafts included, whoever started them) with answers, history and files; what
     * it did for the people it helps (without their answers or files, which are theirs); and all its notifications.
     * The same reading rule as everywhere ({@link #mayRead}): nothing of a person the account may not see now.
     */
    @Transactional(readOnly = true)
    public ApplicationsExport exportMine(Locale language) {
        return exports.exportMine(peopleByIdFor(), language);
    }

    /** What of the signed-in account's own person's applications would be kept as the record if it were deleted. */
    @Transactional(readOnly = true)
    public KeptApplications keptIfAccountDeleted() {
        var own = profiles.peopleICanApplyFor().stream().filter(PersonSummary::self).findFirst();
        if (own.isEmpty()) {
            return new KeptApplications(0, null);
        }
        var sent = store.findFor(Set.of(own.get().personId())).stream().filter(a -> !a.isDraft()).toList();
        return new KeptApplications(sent.size(), sent.stream()
                .map(a -> ApplicationRetention.keptUntilYear(a.updatedAt())).max(Integer::compare).orElse(null));
    }

    /** After 我的申请 has shown them. */
    @Transactional
    public void markNotificationsRead() {
        current.user().ifPresent(user -> store.markNotificationsRead(user.accountId(), clock.instant()));
    }

    /**
     * Every application past its draft, as the system reads it (no signed-in account): for review's one-off backfill of
     * its queue for applications sent before the queue existed (decision 0017). Holds no answers.
     */
    @Transactional(readOnly = true)
    public List<SentApplication> sentApplications() {
        return store.sent().stream().filter(a -> a.reference() != null && a.submittedAt() != null)
                .map(a -> new SentApplication(a.id(), a.reference(), a.personId(), a.offerSlug(),
                        a.submittedBy() != null && a.submittedBy().isHelper(), a.submittedAt(), a.status()))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<Long, PersonSummary> peopleByIdFor() {
        return profiles.peopleICanApplyFor().stream()
                .collect(Collectors.toMap(PersonSummary::personId, Function.identity()));
    }

    /**
     * The one reading rule: the person and their consented helpers read every application of the person; a helper
     * awaiting consent only the ones they started; anyone who does not see the person ({@code null}) none.
     */
    static boolean mayRead(long createdBy, @Nullable PersonSummary person, long accountId) {
        return person != null && (!person.awaitingConsent() || createdBy == accountId);
    }

    /**
     * Only the person and their active helpers may change a draft; a helper awaiting consent may change the drafts
     * they started (the only ones {@link #find} shows them).
     */
    private ApplicationDetails editable(long applicationId) {
        var details = find(applicationId).orElseThrow(ApplicationNotFoundException::new);
        if (!details.permission().mayPrepareDrafts()) {
            throw new ApplicationNotFoundException();
        }
        return details;
    }

    private String displayName() {
        return current.user().map(PortalUser::displayName).orElse("");
    }

    private static String requireReference(Application application) {
        return java.util.Objects.requireNonNull(application.reference(), "a submitted application has a reference");
    }
}
