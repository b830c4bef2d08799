package cn.liaocheng.jobs.catalogue;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.shared.LocalizedText;
import cn.liaocheng.jobs.staff.StaffMember;
import cn.liaocheng.jobs.staff.StaffService;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the catalogue, for city administrators (every county and city-wide offers) and county administrators (their
 * county's offers). Everyone else, and an editor asking for another county's offer, gets
 * {@link OfferNotFoundException}: method security keeps the roles out, the county scope in every query keeps the
 * counties apart. Every change is audited in the same transaction.
 */
@Service
public class OfferEditor {

    private static final String EDITORS = Role.Expressions.COUNTY_OR_CITY_ADMINISTRATOR;

    private final OfferRepository offers;
    private final OfferEditorStore store;
    private final StaffService staff;
    private final AuditTrail audit;

    OfferEditor(OfferRepository offers, OfferEditorStore store, StaffService staff, AuditTrail audit) {
        this.offers = offers;
        this.store = store;
        this.staff = staff;
        this.audit = audit;
    }

    /** The offers this editor may edit, drafts first; both filters optional. */
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public List<OfferRow> list(@Nullable OfferStatus status, @Nullable OfferKind kind) {
        return store.list(editor().countyScope(), status, kind);
    }

    /** The counties this editor may put an offer in: one for a county administrator, all (and city-wide) for the city. */
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public List<County> counties() {
        var me = editor();
        return Arrays.stream(County.values()).filter(me::mayAdministerCounty).toList();
    }

    /** The offer, when this editor may edit it. */
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public Offer find(long offerId) {
        if (!store.inScope(offerId, editor().countyScope())) {
            throw new OfferNotFoundException();
        }
        return offers.findById(offerId).orElseThrow(OfferNotFoundException::new);
    }

    /** What is wrong with the edit, for the preview and before saving; empty when it can be stored. */
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public List<OfferProblem> check(@Nullable Long offerId, OfferEdit edit) {
        var current = offerId == null ? null : find(offerId);
        return OfferValidation.problems(edit, edit.county() != null && editor().mayAdministerCounty(edit.county()),
                seatsTaken(current));
    }

    /**
     * The offer as it would be stored, for a preview with the public page's components; never stored.
     *
     * @throws IllegalArgumentException when {@link #check} finds problems
     */
    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public Offer preview(@Nullable Long offerId, OfferEdit edit) {
        if (!check(offerId, edit).isEmpty()) {
            throw new IllegalArgumentException("fix the problems before the preview");
        }
        return toOffer(offerId == null ? null : find(offerId), edit);
    }

    /** A new draft; it is public only once published. */
    @Transactional
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public EditOutcome create(OfferEdit edit) {
        var problems = check(null, edit);
        if (!problems.isEmpty()) {
            return new EditOutcome.Invalid(problems);
        }
        var saved = offers.save(toOffer(null, edit));
        var id = saved.id();
        if (id == null) {
            throw new IllegalStateException("no id for a saved offer");
        }
        audit.record(AuditedAction.OFFER_CREATED, null, null, describe(saved, "DRAFT"));
        return new EditOutcome.Saved(id, saved.version(), saved.status());
    }

    /** Stores the edit when nobody saved the offer since {@code version} was read; its state does not change. */
    @Transactional
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public EditOutcome update(long offerId, int version, OfferEdit edit) {
        var locked = store.lock(offerId, editor().countyScope()).orElseThrow(OfferNotFoundException::new);
        if (locked.version() != version) {
            return new EditOutcome.Conflict();
        }
        var current = offers.findById(offerId).orElseThrow(OfferNotFoundException::new);
        if (OfferEdit.of(current).equals(edit)) {
            // Nothing changed (e.g. 保存并发布 on an untouched form): no new version, no audit entry saying "changed".
            return new EditOutcome.Saved(offerId, current.version(), current.status());
        }
        var problems = check(offerId, edit);
        if (!problems.isEmpty()) {
            return new EditOutcome.Invalid(problems);
        }
        var saved = offers.save(toOffer(current, edit));
        audit.record(AuditedAction.OFFER_CHANGED, null, null, describe(saved, changedParts(current, saved)));
        return new EditOutcome.Saved(offerId, saved.version(), saved.status());
    }

    /** Publishes, unpublishes or closes the offer, when nobody saved it since {@code version} was read. */
    @Transactional
    @PreAuthorize(EDITORS)
    @HandleAuthorizationDenied(handlerClass = OfferNotFoundWhenRefused.class)
    public EditOutcome changeStatus(long offerId, int version, OfferStatus to) {
        var locked = store.lock(offerId, editor().countyScope()).orElseThrow(OfferNotFoundException::new);
        if (locked.version() != version) {
            return new EditOutcome.Conflict();
        }
        if (!locked.status().canMoveTo(to)) {
            return new EditOutcome.NotAllowed(locked.status());
        }
        int next = store.changeStatus(offerId, version, to);
        var action = switch (to) {
            case PUBLISHED -> AuditedAction.OFFER_PUBLISHED;
            case UNPUBLISHED -> AuditedAction.OFFER_UNPUBLISHED;
            case CLOSED -> AuditedAction.OFFER_CLOSED;
            case DRAFT -> throw new IllegalStateException("no offer goes back to draft");
        };
        audit.record(action, null, null, "offer " + offerId + ": " + locked.status() + " → " + to);
        return new EditOutcome.Saved(offerId, next, to);
    }

    private StaffMember editor() {
        return staff.current().orElseThrow(OfferNotFoundException::new);
    }

    private static int seatsTaken(@Nullable Offer current) {
        if (current == null || current.seatsTotal() == null || current.seatsLeft() == null) {
            return 0;
        }
        return Math.max(0, current.seatsTotal() - current.seatsLeft());
    }

    /**
     * Seats left keep the seats already taken: a larger total adds free seats, a smaller one removes free seats.
     */
    private static @Nullable Integer seatsLeft(@Nullable Offer current, @Nullable Integer total) {
        return total == null ? null : total - seatsTaken(current);
    }

    private static Offer toOffer(@Nullable Offer current, OfferEdit edit) {
        var subtype = edit.subtype();
        var county = edit.county();
        if (subtype == null || county == null) {
            throw new IllegalArgumentException("checked before");
        }
        return new Offer(current == null ? null : current.id(), current == null ? 0 : current.version(),
                current == null ? newSlug(edit.kind()) : current.slug(), edit.kind(), subtype, county,
                text(edit, OfferTextField.TOWNSHIP), edit.planMeasure().strip(),
                required(edit, OfferTextField.TITLE), required(edit, OfferTextField.SUMMARY),
                required(edit, OfferTextField.DETAILS), required(edit, OfferTextField.PROVIDER),
                text(edit, OfferTextField.VENUE), required(edit, OfferTextField.LEAD_DEPARTMENT),
                required(edit, OfferTextField.CONTACT_NAME), edit.contactPhone().strip(),
                required(edit, OfferTextField.HOW_TO_APPLY), required(edit, OfferTextField.ELIGIBILITY),
                text(edit, OfferTextField.COST), text(edit, OfferTextField.SUBSIDY),
                text(edit, OfferTextField.DOCUMENTS), text(edit, OfferTextField.TERMS), text(edit, OfferTextField.RATE),
                edit.amountMinYuan(), edit.amountMaxYuan(), edit.spaceSqm(), edit.seatsTotal(),
                seatsLeft(current, edit.seatsTotal()), edit.startsOn(), edit.endsOn(), edit.applicationsOpenFrom(),
                edit.applicationsCloseOn(), edit.suitsRural(), edit.suitsGraduates(),
                edit.suitableFor().stream().map(Offer.Suitability::new).collect(Collectors.toSet()),
                edit.accessibility().stream().map(Offer.Accessibility::new).collect(Collectors.toSet()),
                // Only an existing sample offer can stay sample: an editor can unmark it, never mark a real one.
                current != null && current.sample() && edit.sample(),
                current == null ? OfferStatus.DRAFT : current.status());
    }

    private static @Nullable LocalizedText text(OfferEdit edit, OfferTextField field) {
        return edit.text(field).toText();
    }

    private static LocalizedText required(OfferEdit edit, OfferTextField field) {
        var text = edit.text(field).toText();
        if (text == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return text;
    }

    private static String newSlug(OfferKind kind) {
        return kind.path() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Which parts changed, by name only: the audit trail is no place for the texts themselves. */
    private static String changedParts(Offer before, Offer after) {
        var changed = Arrays.stream(OfferTextField.values())
                .filter(f -> !Objects.equals(OfferEdit.textOf(before, f), OfferEdit.textOf(after, f)))
                .map(OfferTextField::key)
                .collect(Collectors.toList());
        if (!Objects.equals(before.seatsTotal(), after.seatsTotal())) {
            changed.add("seats");
        }
        if (before.sample() != after.sample()) {
            changed.add("sample");
        }
        var text = changed.isEmpty() ? "other fields" : String.join(", ", changed);
        return text.length() > 150 ? text.substring(0, 150) : text;
    }

    private static String describe(Offer offer, String what) {
        return "offer " + offer.id() + " " + offer.kind() + ": " + what;
    }
}
