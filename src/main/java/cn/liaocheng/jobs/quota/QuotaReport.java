package cn.liaocheng.jobs.quota;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One revision of a unit's report for one year. A draft is saved as often as the representative likes; submitting
 * makes it final (the database refuses changes to a submitted one's figures); a correction is a new revision that
 * replaces it when submitted, so the 公示 always shows the latest submitted figures and the old ones stay on record.
 */
@Table("quota_report")
public record QuotaReport(
        @Id @Nullable Long id,
        long unitId,
        int year,
        int revision,
        ReportStatus status,
        @Nullable Integer totalStaff,
        @Nullable Integer disabledEmployees,
        @Nullable Integer authorisedPosts,
        @Nullable String postsContact,
        PostsStatus postsStatus,
        Instant savedAt,
        @Nullable Instant submittedAt,
        @Nullable Long submittedBy,
        @Nullable Instant postsDecidedAt,
        @Nullable Long postsDecidedBy,
        // The representative in two tabs, or a second representative later: the second save must fail, not overwrite.
        @Version int version,
        @MappedCollection(idColumn = "report_id", keyColumn = "position") List<ReservedPost> posts) {

    static QuotaReport draft(long unitId, int year, int revision, ReportFigures figures, Instant now) {
        return new QuotaReport(null, unitId, year, revision, ReportStatus.DRAFT, null, null, null, null,
                PostsStatus.NONE, now, null, null, null, null, 0, List.of()).with(figures, now);
    }

    QuotaReport with(ReportFigures f, Instant now) {
        requireDraft();
        return new QuotaReport(id, unitId, year, revision, status, f.totalStaff(), f.disabledEmployees(),
                f.authorisedPosts(), blankToNull(f.postsContact()), postsStatus, now, submittedAt, submittedBy,
                postsDecidedAt, postsDecidedBy, version, f.posts());
    }

    QuotaReport submitted(Instant now, @Nullable Long by) {
        requireDraft();
        return new QuotaReport(id, unitId, year, revision, ReportStatus.SUBMITTED, totalStaff, disabledEmployees,
                authorisedPosts, postsContact, posts.isEmpty() ? PostsStatus.NONE : PostsStatus.PENDING, now, now,
                by, null, null, version, posts);
    }

    QuotaReport superseded() {
        return new QuotaReport(id, unitId, year, revision, ReportStatus.SUPERSEDED, totalStaff, disabledEmployees,
                authorisedPosts, postsContact, postsStatus, savedAt, submittedAt, submittedBy, postsDecidedAt,
                postsDecidedBy, version, posts);
    }

    QuotaReport postsDecided(PostsStatus to, Instant now, long by) {
        if (status != ReportStatus.SUBMITTED || postsStatus != PostsStatus.PENDING) {
            throw new IllegalStateException("only pending posts of a submitted report are decided");
        }
        return new QuotaReport(id, unitId, year, revision, status, totalStaff, disabledEmployees, authorisedPosts,
                postsContact, to, savedAt, submittedAt, submittedBy, now, by, version, posts);
    }

    public ReportFigures figures() {
        return new ReportFigures(totalStaff, disabledEmployees, authorisedPosts, postsContact, posts);
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    private void requireDraft() {
        if (status != ReportStatus.DRAFT) {
            throw new IllegalStateException("a submitted report is final; start a new revision");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
