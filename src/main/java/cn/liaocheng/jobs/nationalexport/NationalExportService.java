package cn.liaocheng.jobs.nationalexport;

import cn.liaocheng.jobs.accounts.Role;
import cn.liaocheng.jobs.audit.AuditTrail;
import cn.liaocheng.jobs.audit.AuditedAction;
import cn.liaocheng.jobs.catalogue.CatalogueService;
import cn.liaocheng.jobs.profile.ProfileService;
import cn.liaocheng.jobs.review.RecordedOutcome;
import cn.liaocheng.jobs.review.ReviewService;
import cn.liaocheng.jobs.shared.County;
import cn.liaocheng.jobs.staff.StaffMember;
import cn.liaocheng.jobs.staff.StaffService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way into the national export. Caseworkers and county administrators export their own county; a city
 * administrator any one county or the whole city. Which records is review's scoped query (so another county's person
 * never leaves the database), who they are is the profile's, and what the course was is the catalogue's; this class
 * only composes them, writes the file and records the export in the audit trail before the file leaves the server.
 */
@Service
public class NationalExportService {

    private final ReviewService review;
    private final ProfileService profiles;
    private final CatalogueService catalogue;
    private final StaffService staff;
    private final AuditTrail audit;

    NationalExportService(ReviewService review, ProfileService profiles, CatalogueService catalogue,
            StaffService staff, AuditTrail audit) {
        this.review = review;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.staff = staff;
        this.audit = audit;
    }

    /** The county the signed-in staff member may export: their own, or for a city administrator none (the city). */
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public @Nullable County ownCounty() {
        return staff.requireCurrent().county();
    }

    /**
     * How many rows the file would have and the first {@link ExportPreview#SHOWN} of them, masked. Not audited: like
     * the queue it shows names and masked numbers only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public ExportPreview preview(ExportRequest request) {
        var county = permittedCounty(staff.requireCurrent(), request.county());
        var rows = rows(request, county);
        var template = NationalTemplate.of(request.kind());
        var shown = new ArrayList<List<String>>();
        for (int i = 0; i < Math.min(rows.size(), ExportPreview.SHOWN); i++) {
            shown.add(template.cells(i + 1, rows.get(i), false));
        }
        int withoutCertificate = (int) rows.stream().filter(r -> !r.hasCertificate()).count();
        return new ExportPreview(NationalTemplate.countyName(county), rows.size(), withoutCertificate,
                template.headers(), shown);
    }

    /**
     * The file with every number in full, recorded as {@link AuditedAction#NATIONAL_EXPORT_DOWNLOADED} (who, county,
     * period, record set, format, rows) in the same transaction: a file that cannot be recorded is not handed out.
     */
    @Transactional
    @PreAuthorize(Role.Expressions.CASEWORKER_OR_CITY_ADMINISTRATOR)
    public ExportFile export(ExportRequest request, ExportFormat format) {
        var county = permittedCounty(staff.requireCurrent(), request.county());
        var rows = rows(request, county);
        var template = NationalTemplate.of(request.kind());
        var cells = new ArrayList<List<String>>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            cells.add(template.cells(i + 1, rows.get(i), true));
        }
        byte[] content = switch (format) {
            case CSV -> CsvExport.write(template.headers(), cells);
            case XLSX -> XlsxExport.write(sheetName(request.kind()), template.headers(), cells);
        };
        audit.record(AuditedAction.NATIONAL_EXPORT_DOWNLOADED, null, null, describe(request, county, format,
                rows.size()));
        return new ExportFile(fileName(request, county, format), format, content, rows.size());
    }

    /** A caseworker asking for another county's records has edited the request: refused, not quietly narrowed. */
    private static @Nullable County permittedCounty(StaffMember me, @Nullable County asked) {
        if (me.isAdministrator()) {
            return asked;
        }
        if (asked != null && asked != me.county()) {
            throw new AccessDeniedException("another county's export");
        }
        return me.county();
    }

    private List<ExportRow> rows(ExportRequest request, @Nullable County county) {
        List<RecordedOutcome> outcomes = review.recordedOutcomes(request.kind().outcomeKind(), county, request.from(),
                request.to());
        if (outcomes.isEmpty()) {
            return List.of();
        }
        var people = profiles.peopleForNationalExport(outcomes.stream().map(RecordedOutcome::personId).toList());
        var offers = outcomes.stream().map(RecordedOutcome::offerSlug).distinct()
                .flatMap(slug -> catalogue.findBySlug(slug).stream())
                .collect(Collectors.toMap(o -> o.slug(), Function.identity()));
        return outcomes.stream()
                .map(o -> new ExportRow(o, people.get(o.personId()), offers.get(o.offerSlug())))
                .toList();
    }

    private static String sheetName(ExportKind kind) {
        return switch (kind) {
            case EMPLOYMENT -> "实名制就业";
            case TRAINING -> "实名制培训";
        };
    }

    /** ASCII only, and nothing about a person: the name travels in a header and may end up in a proxy's log. */
    static String fileName(ExportRequest request, @Nullable County county, ExportFormat format) {
        return "national-" + request.kind().slug() + "-" + (county == null ? "city" : county.slug()) + "-"
                + request.from().toString().replace("-", "") + "-" + request.to().toString().replace("-", "")
                + "." + format.extension();
    }

    static String describe(ExportRequest request, @Nullable County county, ExportFormat format, int rows) {
        return String.format(Locale.ROOT, "%s %s %s..%s %s, %d rows", request.kind().name(),
                county == null ? "CITY" : county.name(), request.from(), request.to(), format.name(), rows);
    }
}
