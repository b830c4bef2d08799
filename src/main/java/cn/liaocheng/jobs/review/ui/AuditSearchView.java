package cn.liaocheng.jobs.review.ui;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.accounts.StaffAccounts;
import cn.liaocheng.jobs.audit.AuditEntry;
import cn.liaocheng.jobs.audit.AuditSearch;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.review.CaseNames;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.shell.DatePartsField;
import cn.liaocheng.jobs.shell.ErrorSummary;
import cn.liaocheng.jobs.shell.MainLayout;
import cn.liaocheng.jobs.shell.PageHeading;
import cn.liaocheng.jobs.shell.PageTitles;
import cn.liaocheng.jobs.shell.ReflowTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * 操作记录查询 ({@code /staff/audit}): a city administrator searches the audit trail per person (by an application's
 * reference), per staff member and per day, newest first, paged in the database. The criteria are in the URL (a
 * reference, an account id, a date: nothing sensitive); each search is itself recorded by {@link AuditTrail#search}.
 * Everyone else finds no such page (decision 0015).
 */
@Route(value = AuditSearchView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
class AuditSearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "staff/audit";
    static final int PAGE_SIZE = 20;
    private static final ZoneId LIAOCHENG = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> COLUMNS = List.of("when", "who", "what", "about", "address");

    private final AuditTrail audit;
    private final ReviewService review;
    private final StaffAccounts staffAccounts;
    final ErrorSummary errorSummary = new ErrorSummary();
    final TextField reference = new TextField();
    final Select<String> staffMember = new Select<>();
    final DatePartsField day;

    AuditSearchView(AuditTrail audit, ReviewService review, StaffAccounts staffAccounts) {
        this.audit = audit;
        this.review = review;
        this.staffAccounts = staffAccounts;
        addClassName("audit-search-page");
        day = new DatePartsField(getTranslation("audit.search.day"));
        reference.setId("audit-search-reference");
        staffMember.setId("audit-search-staff");
        day.setId("audit-search-day");
    }

    /** What the URL asks for, as typed or chosen. */
    record Criteria(@Nullable String reference, @Nullable Long staffAccountId, @Nullable LocalDate day, int page) {

        static Criteria of(QueryParameters query) {
            var q = query.getParameters();
            return new Criteria(one(q, "ref"), parse(one(q, "staff"), Long::valueOf),
                    parse(one(q, "day"), LocalDate::parse),
                    Math.max(0, Objects.requireNonNullElse(parse(one(q, "page"), Integer::valueOf), 0)));
        }

        QueryParameters parameters(int toPage) {
            var q = new LinkedHashMap<String, String>();
            if (reference != null) {
                q.put("ref", reference);
            }
            if (staffAccountId != null) {
                q.put("staff", staffAccountId.toString());
            }
            if (day != null) {
                q.put("day", day.toString());
            }
            if (toPage > 0) {
                q.put("page", Integer.toString(toPage));
            }
            return QueryParameters.simple(q);
        }

        String url(int toPage) {
            var query = parameters(toPage).getQueryString();
            return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
        }

        private static @Nullable String one(Map<String, List<String>> q, String key) {
            var values = q.get(key);
            return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
        }

        private static <T> @Nullable T parse(@Nullable String text, java.util.function.Function<String, T> parser) {
            try {
                return text == null ? null : parser.apply(text);
            } catch (NumberFormatException | DateTimeParseException e) {
                return null;
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var criteria = Criteria.of(event.getLocation().getQueryParameters());
        removeAll();
        add(new PageHeading(getTranslation("audit.search.heading")), new Paragraph(getTranslation("audit.search.intro")),
                errorSummary, form(criteria));
        Long personId = null;
        if (criteria.reference() != null) {
            var found = review.findByReference(criteria.reference());
            if (found.isEmpty()) {
                reference.setInvalid(true);
                reference.setErrorMessage(getTranslation("audit.search.reference.unknown"));
                errorSummary.show(List.of(new ErrorSummary.FieldError(reference,
                        getTranslation("audit.search.reference.unknown"))));
                return;
            }
            personId = found.get().personId();
        }
        var page = audit.search(new AuditSearch(personId, criteria.staffAccountId(), criteria.day()),
                PageRequest.of(criteria.page(), PAGE_SIZE));
        add(results(page), pagination(criteria, page));
    }

    private Component form(Criteria criteria) {
        reference.setLabel(getTranslation("audit.search.reference"));
        reference.setHelperText(getTranslation("audit.search.reference.hint"));
        reference.setValue(Objects.requireNonNullElse(criteria.reference(), ""));
        staffMember.setLabel(getTranslation("audit.search.staff"));
        var staff = staffAccounts.list();
        var names = new LinkedHashMap<String, String>();
        names.put("", getTranslation("audit.search.staff.any"));
        staff.forEach(s -> names.put(Long.toString(s.accountId()), getTranslation("audit.search.staff.option",
                s.name(), getTranslation("staff.role." + s.role().name().toLowerCase(Locale.ROOT)))));
        staffMember.setItems(new ArrayList<>(names.keySet()));
        staffMember.setItemLabelGenerator(names::get);
        var chosen = criteria.staffAccountId() == null ? "" : criteria.staffAccountId().toString();
        staffMember.setValue(names.containsKey(chosen) ? chosen : "");
        day.setValue(criteria.day());
        var search = new Button(getTranslation("audit.search.apply"), e -> search());
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.setId("audit-search-apply");
        var clear = new Anchor(ROUTE, getTranslation("audit.search.clear"));
        clear.setId("audit-search-clear");
        var heading = new H2(getTranslation("audit.search.form.heading"));
        heading.setId("audit-search-form-heading");
        var section = new Section(heading, new FormLayout(reference, staffMember, day), search, clear);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    void search() {
        reference.setInvalid(false);
        var problem = day.problemMessage();
        if (problem.isPresent()) {
            errorSummary.show(List.of(new ErrorSummary.FieldError(day, problem.get())));
            return;
        }
        errorSummary.clear();
        var staff = staffMember.getValue();
        var criteria = new Criteria(reference.getValue() == null || reference.getValue().isBlank() ? null
                : reference.getValue().strip(), staff == null || staff.isEmpty() ? null : Long.valueOf(staff),
                day.getValue(), 0);
        UI.getCurrent().navigate(ROUTE, criteria.parameters(0));
    }

    private Component results(Page<AuditEntry> page) {
        var entries = page.getContent();
        var names = review.names(
                entries.stream().map(AuditEntry::applicationId).filter(Objects::nonNull).distinct().toList(),
                entries.stream().map(AuditEntry::personId).filter(Objects::nonNull).distinct().toList());
        var table = new ReflowTable("audit-search-results",
                getTranslation("audit.search.results.caption", page.getTotalElements()), COLUMNS,
                column -> getTranslation("audit.search.column." + column));
        for (var entry : entries) {
            table.addRow("when", new Span(WHEN.format(entry.occurredAt().atZone(LIAOCHENG))))
                    .cell("who", new Span(getTranslation("audit.search.who", entry.actorName(), role(entry))))
                    .cell("what", new Span(what(entry)))
                    .cell("about", about(entry, names))
                    .cell("address", new Span(entry.clientAddress()));
        }
        var heading = new H2(getTranslation("audit.search.results.heading"));
        heading.setId("audit-search-results-heading");
        var section = new Section(heading, table);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        if (entries.isEmpty()) {
            var none = new Paragraph(getTranslation("audit.search.empty"));
            none.setId("audit-search-empty");
            section.add(none);
        }
        return section;
    }

    private String role(AuditEntry entry) {
        var key = "staff.role." + entry.actorRole().toLowerCase(Locale.ROOT);
        var text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? entry.actorRole() : text;
    }

    private String what(AuditEntry entry) {
        var action = getTranslation("review.audit." + entry.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return entry.detail().isEmpty() ? action : action + "（" + entry.detail() + "）";
    }

    private Component about(AuditEntry entry, CaseNames names) {
        if (entry.applicationId() != null) {
            var c = names.application(entry.applicationId());
            if (c.isPresent()) {
                var link = new Anchor(ReviewApplicationView.route(c.get().applicationId()),
                        getTranslation("audit.search.about.application", c.get().reference(), c.get().applicantName()));
                link.addClassName("audit-search-application");
                return link;
            }
            return new Span(getTranslation("audit.search.about.application-id", entry.applicationId()));
        }
        if (entry.personId() != null) {
            return new Span(names.person(entry.personId()).map(c -> c.applicantName())
                    .orElseGet(() -> getTranslation("audit.search.about.person-id", entry.personId())));
        }
        return new Span(getTranslation("audit.search.about.none"));
    }

    private Component pagination(Criteria criteria, Page<AuditEntry> page) {
        var nav = new Nav();
        nav.addClassName("pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("audit.search.pagination"));
        if (page.hasPrevious()) {
            var previous = new Anchor(criteria.url(page.getNumber() - 1), getTranslation("catalogue.pagination.previous"));
            previous.getElement().setAttribute("rel", "prev");
            nav.add(previous);
        }
        nav.add(new Span(getTranslation("audit.search.page", page.getNumber() + 1, Math.max(1, page.getTotalPages()))));
        if (page.hasNext()) {
            var next = new Anchor(criteria.url(page.getNumber() + 1), getTranslation("catalogue.pagination.next"));
            next.getElement().setAttribute("rel", "next");
            nav.add(next);
        }
        return nav;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("audit.search.heading"));
    }
}
