package cn.liaocheng.jobs.audit;

import cn.liaocheng.jobs.accounts.CurrentAccount;
import cn.liaocheng.jobs.accounts.CurrentClient;
import cn.liaocheng.jobs.accounts.PortalUser;
import cn.liaocheng.jobs.accounts.Role;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way into the audit trail. {@link #record} takes who and from where from the signed-in account and the
 * current request, never from the caller, and joins the caller's transaction: an action that rolls back leaves no
 * entry, and an entry that cannot be written fails the action. Call it in a read-write transaction (PostgreSQL
 * refuses an insert in a read-only one), before a sensitive view returns its data.
 *
 * <p>Only staff are recorded, and only staff read it: every role but the applicant's, so that staff roles added or
 * renamed later need no change here. Which application a staff member may see (their county) is the caller's check,
 * done before calling {@link #forApplication}.
 */
@Service
public class AuditTrail {

    /** Longest detail kept; a detail says what, briefly, and is no place for the data itself. */
    public static final int MAX_DETAIL_LENGTH = 200;
    /** Largest page {@link #search} returns. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    // 11 digits or more (spaces ignored): a phone, resident ID or certificate number, which an entry must not copy.
    private static final Pattern NUMBER = Pattern.compile("\\d{11,}");
    private static final String STAFF = "hasAnyRole('" + Role.Names.CASEWORKER + "', '" + Role.Names.COUNTY_ADMINISTRATOR
            + "', '" + Role.Names.CITY_ADMINISTRATOR + "', '" + Role.Names.LOAN_OFFICER + "')";
    private static final String ADMIN = Role.Expressions.CITY_ADMINISTRATOR;

    private final AuditEntryStore store;
    private final CurrentAccount current;
    private final CurrentClient client;
    private final Clock clock;

    AuditTrail(AuditEntryStore store, CurrentAccount current, CurrentClient client, Clock clock) {
        this.store = store;
        this.current = current;
        this.client = client;
        this.clock = clock;
    }

    /**
     * Records that the signed-in staff member did {@code action} now, about an application and/or a person (ids of
     * records the caller has checked), from the current request's address.
     *
     * @param detail short and non-sensitive, e.g. {@code "SUBMITTED → IN_REVIEW"}, a document's type, a reason's
     *               category; never an ID or certificate number, a health fact or what the person wrote ({@code ""}
     *               for nothing more to say)
     * @throws IllegalArgumentException when the detail is longer than {@link #MAX_DETAIL_LENGTH} or holds a number
     *                                  of 11 digits or more
     * @throws AccessDeniedException    when an applicant or nobody is signed in (Spring Security's
     *                                  AuthenticationCredentialsNotFoundException outside any request)
     */
    @Transactional
    @PreAuthorize(STAFF)
    public void record(AuditedAction action, @Nullable Long applicationId, @Nullable Long personId, String detail) {
        var actor = current.user().orElseThrow(() -> new AccessDeniedException("not signed in"));
        var cleaned = checked(detail);
        store.insert(clock.instant(), actor.accountId(), nameOf(actor), actor.role().name(), action, applicationId,
                personId, cleaned, limit(client.addressForRecords(), 64));
    }

    /** 操作记录 of one application, oldest first; the caller has checked the staff member may see it. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<AuditEntry> forApplication(long applicationId) {
        return store.forApplication(applicationId);
    }

    /**
     * For administrators: entries matching {@code search}, newest first, one page read from the database (at most
     * {@link #MAX_PAGE_SIZE}; the page's sort is ignored). The search is itself recorded.
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public Page<AuditEntry> search(AuditSearch search, Pageable page) {
        var size = Math.min(Math.max(page.getPageSize(), 1), MAX_PAGE_SIZE);
        var request = PageRequest.of(page.getPageNumber(), size);
        var from = search.day() == null ? null : search.day().atStartOfDay(LIAOCHENG).toInstant();
        var until = search.day() == null ? null : search.day().plusDays(1).atStartOfDay(LIAOCHENG).toInstant();
        // Counted and read before the search is recorded, so that it does not find itself.
        long total = store.count(search.personId(), search.actorAccountId(), from, until);
        var entries = store.search(search.personId(), search.actorAccountId(), from, until, request.getOffset(), size);
        // Not under the person's id: paging through a person's entries would otherwise move them by one each time.
        record(AuditedAction.AUDIT_TRAIL_SEARCHED, null, null, search.describe());
        return new PageImpl<>(entries, request, total);
    }

    static String checked(String detail) {
        var stripped = detail.strip();
        if (stripped.length() > MAX_DETAIL_LENGTH) {
            throw new IllegalArgumentException("an audit detail is at most " + MAX_DETAIL_LENGTH + " characters");
        }
        if (NUMBER.matcher(stripped.replaceAll("\\s", "")).find()) {
            // The message must not repeat the number.
            throw new IllegalArgumentException("an audit detail must not hold a phone, ID or certificate number");
        }
        return stripped;
    }

    private static String nameOf(PortalUser actor) {
        var name = actor.displayName().strip();
        return limit(name.isEmpty() ? "账户 " + actor.accountId() : name, 100);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
