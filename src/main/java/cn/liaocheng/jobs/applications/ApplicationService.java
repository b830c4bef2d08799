package cn.liaocheng.jobs.applications;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.applications.Application.Submitter;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.profile.PersonSummary;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.profile.SubmitPermission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way into applications. Every method takes the signed-in account from {@link CurrentAccount} and checks
 * access itself: ids come from URLs and are never trusted. An application is visible to the account that started
 * it, to the person it is for and to the person's active helpers; to anyone else it does not exist.
 */
@Service
public class ApplicationService {

    private final ApplicationStore store;
    private final CatalogueService catalogue;
    private final ProfileService profiles;
    private final CurrentAccount current;
    private final Prefiller prefiller;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationService(ApplicationStore store, CatalogueService catalogue, ProfileService profiles,
            CurrentAccount current, Prefiller prefiller, ApplicationEventPublisher events, Clock clock) {
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
        var existing = store.findDraft(offer.get().id(), personId);
        if (existing.isPresent()) {
            return new StartOutcome.Started(existing.get().id(), existing.get().currentStep());
        }
        var form = Forms.forOffer(offer.get());
        var answers = profiles.facts(personId)
                .map(facts -> prefiller.answers(form, facts, offer.get()))
                .orElseGet(() -> prefiller.answers(form, offer.get()));
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
        return store.find(applicationId).flatMap(application -> {
            var person = profiles.find(application.personId());
            if (person.isEmpty() && application.createdBy() != user.get().accountId()) {
                return Optional.empty();
            }
            return catalogue.findBySlug(application.offerSlug()).map(offer -> new ApplicationDetails(application,
                    offer, Forms.forOffer(offer), person.map(PersonSummary::name).orElse(null),
                    profiles.submitPermission(application.personId())));
        });
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
        var saved = store.saveAnswers(applicationId, version, typed.only(ids), stepId, clock.instant());
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
        store.recordStatusChange(applicationId, from, to, null, submitter.accountId(), clock.instant());
        if (to == ApplicationStatus.IN_REVIEW) {
            events.publishEvent(new ApplicationStatusChanged(applicationId, application.personId(), from, to, null));
            return new SubmitOutcome.Submitted(reference.get());
        }
        events.publishEvent(new ApplicationSubmitted(applicationId, application.offerId(), application.personId(),
                reference.get()));
        return new SubmitOutcome.Submitted(reference.get());
    }

    /** 我的申请: drafts and applications of the account itself and of every person it helps, newest first. */
    @Transactional(readOnly = true)
    public List<MyApplication> mine() {
        var user = current.user();
        if (user.isEmpty()) {
            return List.of();
        }
        var people = profiles.peopleICanApplyFor();
        var ids = new HashSet<Long>();
        people.forEach(p -> ids.add(p.personId()));
        return store.findFor(ids, user.get().accountId()).stream()
                .flatMap(application -> catalogue.findBySlug(application.offerSlug()).stream().map(offer -> {
                    var person = people.stream().filter(p -> p.personId() == application.personId()).findFirst();
                    return new MyApplication(application, offer.title(),
                            person.map(PersonSummary::name).orElse(null),
                            person.map(PersonSummary::self).orElse(false));
                }))
                .toList();
    }

    /** The status history of an application the signed-in account may see, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(long applicationId) {
        find(applicationId).orElseThrow(ApplicationNotFoundException::new);
        return store.history(applicationId);
    }

    /**
     * Moves a submitted application on; for staff only, checked here and not only by the staff screens. Writes the
     * history and an in-app notification for the person and each active helper, in the same transaction.
     */
    @Transactional
    public StatusChangeOutcome changeStatus(long applicationId, ApplicationStatus to, @Nullable String reason) {
        var staff = current.user().filter(user -> user.role() == Role.STAFF)
                .orElseThrow(ApplicationNotFoundException::new);
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
        profiles.accountsToNotify(application.personId())
                .forEach(account -> store.notify(account, applicationId, to, now));
        events.publishEvent(new ApplicationStatusChanged(applicationId, application.personId(), from, to, why));
        return new StatusChangeOutcome.Changed(to);
    }

    /** The signed-in account's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> notifications() {
        var user = current.user();
        if (user.isEmpty()) {
            return List.of();
        }
        return store.notificationsFor(user.get().accountId(), 20).stream()
                .flatMap(row -> catalogue.findBySlug(row.offerSlug()).stream()
                        .map(offer -> new Notification(row.id(), row.applicationId(), row.reference(), offer.title(),
                                row.status(), row.createdAt(), row.read())))
                .toList();
    }

    /** After 我的申请 has shown them. */
    @Transactional
    public void markNotificationsRead() {
        current.user().ifPresent(user -> store.markNotificationsRead(user.accountId(), clock.instant()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Only the person and their active helpers may change a draft, not an account whose help was withdrawn. */
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
