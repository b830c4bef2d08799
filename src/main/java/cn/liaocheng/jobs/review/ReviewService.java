package cn.liaocheng.jobs.review;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.accounts.StaffAccounts.StaffAccount;
import cn.liaocheng.jobs.applications.ApplicationNotFoundException;
import cn.liaocheng.jobs.applications.ApplicationService;
import cn.liaocheng.jobs.applications.ApplicationStatus;
import cn.liaocheng.jobs.applications.StatusChangeOutcome;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.documents.DocumentContent;
import cn.liaocheng.jobs.documents.DocumentInfo;
import cn.liaocheng.jobs.catalogue.OfferSubtype;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.recommendations.Findings;
import cn.liaocheng.jobs.recommendations.RecommendationService;
import cn.liaocheng.jobs.review.QueueFilter.QueueState;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.staff.StaffMember;
import cn.liaocheng.jobs.staff.StaffService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The only way into review. Caseworkers see and act on their county's applications, administrators on every
 * county's; the scope is in each query's {@code WHERE}, so another county's application is "not found" exactly like a
 * missing one. Loan officers and applicants are refused by method security: not-found for anything about one
 * application, 403 for the queue. Status changes go through {@link ApplicationService#changeStatus}, which keeps the
 * record, notifies the person and their helpers and writes the audit entry; the rules of who may decide what, and
 * what a decision needs, are here (decision 0013).
 */
@Service
public class ReviewService {

    public static final int PAGE_SIZE = 20;
    static final int MAX_TEXT = 500;
    static final int MAX_NAME = 100;

    private final ReviewCaseStore cases;
    private final StaffService staff;
    private final StaffAccounts staffAccounts;
    private final ApplicationService applications;
    private final ProfileService profiles;
    private final AuditTrail audit;
    private final RecommendationService recommendations;
    private final Clock clock;

    ReviewService(ReviewCaseStore cases, StaffService staff, StaffAccounts staffAccounts,
            ApplicationService applications, ProfileService profiles, AuditTrail audit,
            RecommendationService recommendations, Clock clock) {
        this.cases = cases;
        this.recommendations = recommendations;
        this.staff = staff;
        this.staffAccounts = staffAccounts;
        this.applications = applications;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** 工作台: one page (from 0) of the staff member's applications matching the filter, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public QueuePage queue(QueueFilter filter, int page) {
        var scope = staff.requireCurrent().countyScope();
        int from = Math.max(page, 0);
        var today = today();
        var rows = cases.page(filter, scope, (long) from * PAGE_SIZE, PAGE_SIZE).stream().map(c -> {
            int waiting = WorkingDays.between(c.submittedAt().atZone(clock.getZone()).toLocalDate(), today);
            return new QueuePage.Row(c, waiting,
                    c.status() == ApplicationStatus.SUBMITTED && waiting > WorkingDays.PROMISED);
        }).toList();
        var counts = new EnumMap<QueueState, Long>(QueueState.class);
        for (var state : QueueState.values()) {
            counts.put(state, 0L);
        }
        cases.countsByStatus(scope).forEach((status, n) -> counts.merge(QueueState.of(status), n, Long::sum));
        return new QueuePage(rows, cases.count(filter, scope), from, PAGE_SIZE, counts, cases.offers(scope));
    }

    /** The application with this reference (LC-…), if in the staff member's scope; for finding its 操作记录. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<ReviewCase> findByReference(String reference) {
        return cases.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT),
                staff.requireCurrent().countyScope());
    }

    /**
     * The queue rows of these applications, and for people named only by id the newest row of each, in the staff
     * member's scope: so that a list of audit entries can show references and names. Reads nothing sensitive.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public CaseNames names(Collection<Long> applicationIds, Collection<Long> personIds) {
        var scope = staff.requireCurrent().countyScope();
        var byApplication = new HashMap<Long, ReviewCase>();
        cases.findAll(applicationIds, scope).forEach(c -> byApplication.put(c.applicationId(), c));
        var byPerson = new HashMap<Long, ReviewCase>();
        cases.newestOfPeople(personIds, scope).forEach(c -> byPerson.put(c.personId(), c));
        return new CaseNames(byApplication, byPerson);
    }

    /** The application for staff; opening it is recorded (APPLICATION_OPENED), since its answers hold health facts. */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public StaffApplication open(long applicationId) {
        var c = requireCase(applicationId);
        var details = applications.findForStaff(applicationId).orElseThrow(ApplicationNotFoundException::new);
        audit.record(AuditedAction.APPLICATION_OPENED, applicationId, c.personId(), c.reference());
        boolean assessment = isAssessment(details.offer().subtype());
        return new StaffApplication(c, details, applications.historyForStaff(applicationId),
                profiles.factsForStaff(c.personId()).orElse(null), audit.forApplication(applicationId),
                cases.outcome(applicationId).orElse(null), assessment,
                assessment ? recommendations.forApplication(applicationId).orElse(null) : null);
    }

    /** The person's resident ID number in full, after a deliberate press; recorded (ID_NUMBER_REVEALED). */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<String> revealResidentId(long applicationId) {
        var c = requireCase(applicationId);
        var number = profiles.residentIdForStaff(c.personId());
        if (number.isPresent()) {
            audit.record(AuditedAction.ID_NUMBER_REVEALED, applicationId, c.personId(), "");
        }
        return number;
    }

    /** A document's name, for the link; the file itself comes from {@link #openDocument}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<DocumentInfo> document(long applicationId, UUID documentId) {
        requireCase(applicationId);
        return applications.documentForStaff(applicationId, documentId);
    }

    /** A document of the application, checked again when it is downloaded; recorded (DOCUMENT_OPENED). */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public Optional<DocumentContent> openDocument(long applicationId, UUID documentId) {
        var c = requireCase(applicationId);
        var content = applications.openDocumentForStaff(applicationId, documentId);
        content.ifPresent(file -> audit.record(AuditedAction.DOCUMENT_OPENED, applicationId, c.personId(),
                applications.documentForStaff(applicationId, documentId).map(i -> i.type().name()).orElse("")));
        return content;
    }

    /** 开始审核. */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome startReview(long applicationId, int version) {
        return move(applicationId, version, ApplicationStatus.IN_REVIEW, null, null);
    }

    /** 需补充材料: {@code message} tells the applicant what is missing; they answer in the same application. */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome requestMoreInformation(long applicationId, int version, @Nullable String message) {
        var text = stripped(message);
        if (text == null) {
            return invalid("message", "review.more-info.message.missing");
        }
        if (text.length() > MAX_TEXT) {
            return invalid("message", "review.text.too-long");
        }
        return move(applicationId, version, ApplicationStatus.MORE_INFO_NEEDED, text, null);
    }

    /** 通过. */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome approve(long applicationId, int version) {
        return move(applicationId, version, ApplicationStatus.APPROVED, null, null);
    }

    /**
     * 不通过: a reason from the plan's conditions is required, with the caseworker's words (required for 其他); the
     * applicant reads both. {@code reasonWording} is the chosen reason as the applicant's language words it.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome reject(long applicationId, int version, @Nullable RejectionReason reason,
            @Nullable String explanation, String reasonWording) {
        var text = stripped(explanation);
        var problems = new ArrayList<ReviewOutcome.Problem>();
        if (reason == null) {
            problems.add(new ReviewOutcome.Problem("reason", "review.reject.reason.missing"));
        } else if (reason.needsExplanation() && text == null) {
            problems.add(new ReviewOutcome.Problem("explanation", "review.reject.explanation.missing"));
        }
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new ReviewOutcome.Problem("explanation", "review.text.too-long"));
        }
        if (!problems.isEmpty()) {
            return new ReviewOutcome.Invalid(problems);
        }
        var why = text == null ? reasonWording : reasonWording + "：" + text;
        return move(applicationId, version, ApplicationStatus.REJECTED, why, null);
    }

    /** 办结 with its outcome, which must be of the application's kind and complete; not for an assessment. */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome complete(long applicationId, int version, Outcome outcome) {
        return complete(applicationId, version, outcome, null);
    }

    /**
     * 办结 with its outcome and, for a 职业能力评估, what the assessment found: required for an assessment (at least one
     * ability or interest and one direction), so that it leads to 为您推荐; ignored for any other offer. The findings
     * are stored in the same transaction as the status, after the version claim: both or neither.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome complete(long applicationId, int version, Outcome outcome, @Nullable Findings findings) {
        var c = requireCase(applicationId);
        var problems = new ArrayList<>(OutcomeRules.problems(c.outcomeKind(), outcome, today()));
        boolean assessment = applications.findForStaff(applicationId)
                .map(d -> isAssessment(d.offer().subtype())).orElse(false);
        if (assessment) {
            var found = findings == null ? Findings.none() : findings;
            found.problems().forEach(p -> problems.add(new ReviewOutcome.Problem(p.field(), p.messageKey())));
        }
        if (!problems.isEmpty()) {
            return new ReviewOutcome.Invalid(problems);
        }
        var done = move(applicationId, version, ApplicationStatus.COMPLETED, null, outcome);
        if (assessment && done instanceof ReviewOutcome.Done && findings != null) {
            recommendations.record(applicationId, c.personId(), c.county(), findings);
        }
        return done;
    }

    private static boolean isAssessment(OfferSubtype subtype) {
        return subtype == OfferSubtype.ASSESSMENT;
    }

    /**
     * For the national export: the employment outcomes of people who were employed, or the training outcomes of people
     * who enrolled, whose 办结 was recorded from {@code from} through {@code to} (Liaocheng days, both inclusive), oldest
     * first. {@code county} narrows a city administrator's whole city to one county (null: all); a caseworker or county
     * administrator gets only their own county's, whatever is asked, since the scope is in the query's {@code WHERE}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public List<RecordedOutcome> recordedOutcomes(OutcomeKind kind, @Nullable County county, LocalDate from,
            LocalDate to) {
        var scope = staff.requireCurrent().countyScope();
        return cases.recordedOutcomes(kind, scope, county, ReviewCaseStore.startOf(from),
                ReviewCaseStore.startOf(to.plusDays(1)));
    }

    /** 由我处理: the signed-in caseworker (or administrator) takes the application. */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome assignToMe(long applicationId, int version) {
        var me = staff.requireCurrent();
        return assign(applicationId, version, me.accountId(), me.name());
    }

    /** An administrator gives the application to another caseworker of its county. */
    @Transactional
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public ReviewOutcome reassign(long applicationId, int version, long caseworkerAccountId) {
        var c = requireCase(applicationId);
        var to = caseworkersFor(c).stream().filter(a -> a.accountId() == caseworkerAccountId).findFirst();
        if (to.isEmpty()) {
            return invalid("caseworker", "review.assign.caseworker.missing");
        }
        return assign(applicationId, version, to.get().accountId(), to.get().name());
    }

    /** For an administrator's reassignment: the active caseworkers of the application's county. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CITY_ADMINISTRATOR)
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenRefused.class)
    public List<StaffAccount> caseworkersFor(long applicationId) {
        return caseworkersFor(requireCase(applicationId));
    }

    private List<StaffAccount> caseworkersFor(ReviewCase c) {
        return staffAccounts.list().stream()
                .filter(a -> a.active() && a.role().hasCounty() && a.county() == c.county()).toList();
    }

    private ReviewOutcome assign(long applicationId, int version, long accountId, String name) {
        var c = requireCase(applicationId);
        if (c.version() != version || !cases.claim(applicationId, version)) {
            return new ReviewOutcome.Conflict(requireCase(applicationId));
        }
        cases.assign(applicationId, accountId, name);
        audit.record(AuditedAction.ASSIGNED, applicationId, c.personId(), "→ " + name);
        return new ReviewOutcome.Done(requireCase(applicationId));
    }

    /**
     * One decision: the version the staff member saw is claimed in one conditional statement (the second of two staff
     * at once finds it changed and gets the current state), then the status moves through applications.
     */
    private ReviewOutcome move(long applicationId, int version, ApplicationStatus to, @Nullable String reason,
            @Nullable Outcome outcome) {
        var me = staff.requireCurrent();
        var c = requireCase(applicationId);
        if (c.version() != version || !c.status().canMoveTo(to) || !cases.claim(applicationId, version)) {
            return new ReviewOutcome.Conflict(requireCase(applicationId));
        }
        var changed = applications.changeStatus(applicationId, to, reason);
        if (!(changed instanceof StatusChangeOutcome.Changed)) {
            // Moved between our read and the claim by something that does not bump our version: undo the claim.
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ReviewOutcome.Conflict(c);
        }
        if (outcome != null) {
            cases.insertOutcome(applicationId, outcome, me.accountId(), clock.instant());
        }
        return new ReviewOutcome.Done(requireCase(applicationId));
    }

    private ReviewCase requireCase(long applicationId) {
        StaffMember me = staff.requireCurrent();
        return cases.find(applicationId, me.countyScope()).orElseThrow(ApplicationNotFoundException::new);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ReviewOutcome invalid(String field, String key) {
        return new ReviewOutcome.Invalid(List.of(new ReviewOutcome.Problem(field, key)));
    }

    static @Nullable String stripped(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
